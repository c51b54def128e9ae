import { DEMONYMS } from '../knowledge/lexicon/places';
import { COMMON_CAPITALIZED, PORTFOLIO_WORDS, TITLE_OBJECTS, TITLE_WORDS } from '../knowledge/lexicon/words';

/**
 * Capitalized words that may stand right next to a name without making a
 * longer name of it: titles ("Prime Minister Netanyahu"), nationalities
 * ("Iraqi"), sentence starts and days ("On Sunday").
 */
export const NEUTRAL_WORDS: ReadonlySet<string> = new Set([...TITLE_WORDS, ...PORTFOLIO_WORDS, ...TITLE_OBJECTS, ...COMMON_CAPITALIZED, ...DEMONYMS]);
