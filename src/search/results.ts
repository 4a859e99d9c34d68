/**
 * What the search dialog shows of a Pagefind result: the page, the section of
 * it that best answers the query (a heading or a script step), that section's
 * excerpt and line to say, and whether the page truly holds every word of the
 * query or only words that start like one (Pagefind's prefix fallback).
 */
import { baseLang } from '../i18n/translate.ts';

/** A location of a query word in a page's text, as Pagefind weighs it. */
interface WeightedLocation {
	weight: number;
	balanced_score?: number;
	location: number;
}

/** A part of a page Pagefind matched: the page before its first anchor, or the section under one. */
interface PagefindSubResult {
	title: string;
	url: string;
	excerpt: string;
	anchor?: { id: string; element: string; text?: string };
	weighted_locations: WeightedLocation[];
}

/** What Pagefind loads of a result. */
export interface PagefindResultData {
	url: string;
	excerpt: string;
	content: string;
	meta: Record<string, string | undefined>;
	locations: number[];
	weighted_locations: WeightedLocation[];
	sub_results?: PagefindSubResult[];
}

/** A result as shown: what the agent needs to pick it and act on it. */
export interface Shown {
	/** Where it opens: the section's address, or the page's. */
	url: string;
	pageUrl: string;
	title: string;
	/** The section it opens at, when that is not the top of the page. */
	section: string | undefined;
	situation: string | undefined;
	/** HTML: the words around the match, the matched words marked. */
	excerpt: string;
	say: string | undefined;
	/** How many of the words searched for the page holds, as themselves or a form of them (not a word that only starts the same). */
	held: number;
	/** True when the query is most of the page's title, situation or keywords. */
	/** How many words typed the page's title, situation or keywords hold when the query names the page; 0 when it does not. */
	named: number;
}

/** `data` as shown for the words searched (`terms`), of all the words typed (`typed`), in language `lang`. */
export function toShown(data: PagefindResultData, terms: readonly string[], typed: readonly string[], lang = 'en'): Shown {
	const same = (term: string, word: string) => sameWord(term, word, lang);
	const named = namedBy(data, terms, typed, same);
	const section = bestSection(data, typed, named, same);
	const lines = linesOf(data.meta['lines']);
	const title = data.meta['title'] ?? data.url;
	// Starlight's title heading (#_top) is the top of the page, not a section of it.
	const atTop = !section?.anchor || section.anchor.id === '_top';
	return {
		url: atTop ? data.url : section.url,
		pageUrl: data.url,
		title,
		section: atTop ? undefined : section.title,
		situation: data.meta['situation'],
		excerpt: excerptOf(data, section),
		say: atTop ? (data.meta['say'] ?? lines['']) : lines[section.anchor?.id ?? ''],
		held: termsHeld(data, terms, same),
		named,
	};
}

/**
 * Results in the order to show them: pages the query names (it is most of
 * their title, situation or keywords) first, then pages holding more of the
 * words searched for, each as Pagefind ranked them. A page matched only by
 * words that start like the query's ("or" for "orchid") never outranks one
 * that holds them.
 */
export function ranked(results: readonly Shown[]): Shown[] {
	return results
		.map((result, index) => ({ result, index }))
		.sort((a, b) => b.result.named - a.result.named || b.result.held - a.result.held || a.index - b.index)
		.map(({ result }) => result);
}

const namingFields = ['title', 'situation', 'keywords'];

/**
 * Whether the query names the page: its title, situation or keywords hold two
 * thirds or more of the words searched for, a question word counting only
 * when it is there too. Returns how many words typed that field holds (the
 * most over the fields, plus 0.3 for the title, 0.2 for the situation, 0.1
 * for keywords), 0 when none names the page: "who is my customer" names
 * "Customer disputes a charge" (1.3) but "Who our customers are" more (2.3).
 */
function namedBy(data: PagefindResultData, terms: readonly string[], typed: readonly string[], same: SameWord): number {
	const searched = new Set(terms.map(normalize));
	const wanted = [...new Set(typed.map(normalize))].filter((word) => word.length > 0);
	return Math.max(
		0,
		...namingFields.map((field, index) => {
			const words = (data.meta[field] ?? '').split(/\s+/).map(normalize);
			const holds = (term: string) => words.some((word) => (term.length < 3 ? word === term : same(term, word)));
			const found = wanted.filter(holds);
			const asked = wanted.filter((term) => searched.has(term) || holds(term));
			// A tie goes to the title, then the situation: "who is my customer" is the title "Who our customers are", not keywords "where is my refund".
			const fieldBonus = (namingFields.length - index) / 10;
			return found.length > 0 && found.length / asked.length >= 2 / 3 ? found.length + fieldBonus : 0;
		}),
	);
}

/**
 * The part of the page that best answers the query: the most weight of
 * matches (Pagefind weighs a word in a heading as 2–6 words of text), with
 * the words typed that Pagefind was not asked for counting in a heading too
 * ("why" finds "Why this works"). A word of the page's title counts as text
 * wherever it is: it found the page, not a part of it. The top of the page
 * gets a heading's weight when the query names the page, and is where a page
 * found by its metadata alone opens.
 */
function bestSection(data: PagefindResultData, typed: readonly string[], named: number, same: SameWord): PagefindSubResult | undefined {
	const title = (data.meta['title'] ?? '').split(/\s+/).map(normalize);
	const inTitle = (word: string) => title.some((titleWord) => same(word, titleWord));
	const words = data.content.split(/[^\S\uFEFF]+/);
	const asked = typed.map(normalize).filter((word) => word.length >= 3 && !inTitle(word));
	let best: { part: PagefindSubResult; score: number } | undefined;
	for (const part of data.sub_results ?? []) {
		const top = !part.anchor || part.anchor.id === '_top';
		let score = top && named ? headingWeight : 0;
		for (const match of part.weighted_locations) {
			if (top && match.weight >= titleWeight) continue;
			score += inTitle(normalize(words[match.location] ?? '')) ? 1 : match.weight;
		}
		if (!top) {
			const heading = (part.anchor?.text || part.title).split(/\s+/).map(normalize);
			const matched = new Set(part.weighted_locations.map((match) => normalize(words[match.location] ?? '')));
			score += asked.filter((term) => !matched.has(term) && heading.some((word) => same(term, word))).length * headingWeight;
		}
		if (!best || score > best.score) best = { part, score };
	}
	return best?.part;
}

/** The weight Pagefind gives the words of an `<h2>`. */
const headingWeight = 6;

/** The weight Pagefind gives the words of an `<h1>`: on a Starlight page, the page's title. */
const titleWeight = 7;

function excerptOf(data: PagefindResultData, section: PagefindSubResult | undefined): string {
	const excerpt = section?.excerpt || data.excerpt;
	// A page found by its metadata alone (title, situation, keywords) has no words of the text to show.
	if (data.locations.length > 0 && excerpt) return excerpt;
	return escapeHtml(data.meta['description'] ?? data.meta['situation'] ?? '');
}

/** The `lines` metadata: the first line to say of each section, by its id ('' for the top of the page). */
function linesOf(json: string | undefined): Record<string, string> {
	if (!json) return {};
	try {
		const parsed: unknown = JSON.parse(json);
		if (!parsed || typeof parsed !== 'object') return {};
		return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
	} catch {
		return {};
	}
}

const searchedMeta = ['title', 'situation', 'keywords', 'synonyms', 'description'];

/**
 * How many of `terms` are on the page as themselves or a form of them
 * ("listened" for "listening"), in the text Pagefind matched or in its
 * metadata: not just a word that happens to start the same ("or" for "orchid").
 */
function termsHeld(data: PagefindResultData, terms: readonly string[], same: SameWord): number {
	const words = data.content.split(/[^\S\uFEFF]+/);
	const found = new Set(data.locations.map((location) => normalize(words[location] ?? '')));
	for (const field of searchedMeta) for (const word of (data.meta[field] ?? '').split(/\s+/)) found.add(normalize(word));
	return terms.filter((term) => {
		const wanted = normalize(term);
		return wanted !== '' && [...found].some((word) => same(wanted, word));
	}).length;
}

/** Whether `word` is `term` or another form of it (see {@link sameWord}). */
type SameWord = (term: string, word: string) => boolean;

/**
 * Endings that make another form of the same word, by base language tag,
 * written without accents: "listen", "listened", "listening";
 * "rembourser", "remboursé", "remboursement"; "erstatten", "Erstattung".
 */
const endingsByLanguage: Record<string, string> = {
	en: 'e s es ed d ing er ers ly y ies ied ion ions ation ment ments ness ful al ise ize ised ized ising izing',
	fr:
		'e s es x r er ez ee ees ent ant ai ais ait aient ons ions iez ir is it ie ies ment ments tion tions ation ations ' +
		'eur eurs euse euses if ifs ive ives al aux ale ales el elle elles',
	es:
		'o a os as s es e r ar er ir ado ada ados adas ido ida idos idas ando iendo amos emos imos an en ' +
		'cion ciones mente dor dora dores doras',
	de: 'e en n er ern es s st t te ten tet et em end ung ungen lich heit keit',
};

const endings = new Map(Object.entries(endingsByLanguage).map(([lang, list]) => [lang, new Set(['', ...list.split(' ')])]));

/**
 * True when `word` is `term`, starts with it (the agent is still typing), or
 * is another form of it in language `lang`: the two differ only by endings.
 * "or" is no form of "orchid", nor "orchestra".
 */
export function sameWord(term: string, word: string, lang = 'en'): boolean {
	if (word.startsWith(term)) return true;
	const forms = endings.get(baseLang(lang)) ?? endings.get('en') ?? new Set<string>();
	let shared = 0;
	while (shared < term.length && term[shared] === word[shared]) shared++;
	return shared >= 3 && forms.has(term.slice(shared)) && forms.has(word.slice(shared));
}

function normalize(word: string): string {
	return word
		.toLowerCase()
		.normalize('NFD')
		.replace(/[^\p{L}\p{N}]/gu, '');
}

/** `text` safe to put in HTML. */
function escapeHtml(text: string): string {
	return text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char] ?? char);
}
