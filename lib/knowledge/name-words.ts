import { COMMON_WORDS, GIVEN_NAMES, ORG_DESCRIPTORS } from './lexicon/names';
import { KNOWN_ORGANIZATIONS } from './lexicon/organizations';

const givenNames = new Set(GIVEN_NAMES);
const commonWords = new Set(COMMON_WORDS);
const orgDescriptors = new Set(ORG_DESCRIPTORS);
const knownOrganizations = new Set(KNOWN_ORGANIZATIONS);

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

/** "Reuters", "Morgan Stanley", "Arsenal": an organization well known by a name without an organization word. */
export function isKnownOrganization(name: string): boolean {
  return knownOrganizations.has(name);
}
