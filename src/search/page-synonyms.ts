import options from 'virtual:rapport/config';
import { parseSynonyms, synonymFinder } from './synonyms.ts';

/** The synonyms of a page's words under this playbook's `synonyms` option (see {@link synonymFinder}). */
export const synonymsOfPage = synonymFinder(parseSynonyms(options.synonyms));
