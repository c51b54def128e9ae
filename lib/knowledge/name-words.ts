import { COMMON_WORDS, GIVEN_NAMES, ORG_DESCRIPTORS } from './lexicon/names';

const givenNames = new Set(GIVEN_NAMES);
const commonWords = new Set(COMMON_WORDS);
const orgDescriptors = new Set(ORG_DESCRIPTORS);

/** "Keisha", "Wanjiku", "Łukasz": a first name people are known to have. */
export function isGivenName(word: string): boolean {
  return givenNames.has(word) || givenNames.has(word.replace(/-.*$/u, ''));
}

/** "Revenue", "Eastern", "Call": an everyday English word, whatever its case. */
export function isCommonWord(word: string): boolean {
  return commonWords.has(word.toLowerCase());
}

/** "company", "lender", "agency": a kind of organization, said before its name. */
export function isOrgDescriptor(word: string): boolean {
  return orgDescriptors.has(word);
}
