import * as card from '../blocks/card/strings.ts';
import * as checklist from '../blocks/checklist/strings.ts';
import * as dosDonts from '../blocks/dos-donts/strings.ts';
import * as goldenRules from '../blocks/golden-rules/strings.ts';
import * as quiz from '../blocks/quiz/strings.ts';
import * as say from '../blocks/say/strings.ts';
import * as script from '../blocks/script/strings.ts';
import * as booklet from '../booklet/strings.ts';
import * as offline from '../offline/strings.ts';
import * as review from '../review/strings.ts';
import * as searchGaps from '../routes/search-gaps/strings.ts';
import * as situations from '../routes/situations/strings.ts';
import * as search from '../search/strings.ts';
import { mergeStrings, type AreaStrings } from './define-strings.ts';
import type { Dictionaries } from './translate.ts';

/** Each area's strings module: what it renders at build time, and what its browser code shows. */
const areas: readonly { strings: AreaStrings; browserStrings: AreaStrings }[] = [
	search,
	situations,
	searchGaps,
	say,
	script,
	quiz,
	checklist,
	dosDonts,
	goldenRules,
	card,
	booklet,
	review,
	offline,
];

/** Every string Rapport shows, in English, French, Spanish and German (injected into Starlight's translations). */
export const rapportStrings: Dictionaries = mergeStrings(areas.flatMap((area) => [area.strings, area.browserStrings]));

/** The keys browser code reads: pages carry these strings in their language (see BrowserStrings.astro). */
export const browserKeys: readonly string[] = areas.flatMap((area) => Object.keys(area.browserStrings.en));
