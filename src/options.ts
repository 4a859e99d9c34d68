import { z } from 'astro/zod';
import { isReportTemplate } from './review/report-link.ts';

/** Words to avoid, each with what to say instead. */
const avoidList = z.record(z.string().trim().min(1), z.string().trim().min(1));
/** Synonym groups, each `a = b = c`. */
const synonymList = z.array(z.string().includes('='));

/**
 * Rapport's options, passed as `rapport({ … })` in `astro.config.mjs`.
 * @example
 * rapport({ playbooks: './playbooks', reviewAfterDays: 90 })
 */
export const optionsSchema = z
	.object({
		/**
		 * The folder of the playbook's Markdown pages, relative to the project root.
		 * The `RAPPORT_PLAYBOOKS` environment variable overrides it (handy for trying a folder out).
		 * @example './playbooks'
		 */
		playbooks: z.string().trim().min(1).default('./playbooks'),
		/**
		 * How many days a page's `reviewed` date stays fresh; older pages show
		 * that they are due for review and `npm run check` lists them.
		 * @example 180
		 */
		reviewAfterDays: z.number().int().positive().default(180),
		/**
		 * Sidebar labels for folders of the playbook, by folder path, where the
		 * folder name made readable ("call-scripts" → "Call scripts") is not what you want.
		 * @example { 'call-scripts': 'Scripts for calls', 'foundations/empathy': 'Empathy' }
		 */
		sectionLabels: z.record(z.string(), z.string().trim().min(1)).default({}),
		/**
		 * Above this many links, each page's sidebar keeps open only the sections
		 * that lead to it; every other section is one link to its first page. Keeps
		 * pages of a big playbook light.
		 * @example 120
		 */
		sidebarLimit: z.number().int().positive().default(120),
		/**
		 * Words agents should not say, each with what to say instead. Found in
		 * `:say[…]` and `:ask[…]` lines in any case or inflection ("crashed",
		 * "Outages"): a warning in a build, an error under `check --strict`.
		 * Rapport has a list for English, French, Spanish and German. One list
		 * replaces the default language's; a list per language tag replaces
		 * those languages' lists. Spread `defaultAvoidWords` to add to English's.
		 * @example { ...defaultAvoidWords, glitch: 'problem' }
		 * @example { en: { ...defaultAvoidWords, glitch: 'problem' }, fr: { bug: 'souci' } }
		 */
		avoidWords: z.union([avoidList, z.record(z.string().trim().min(2), avoidList)]).optional(),
		/**
		 * Groups of words agents use for the same thing, each written `a = b = c`.
		 * A page that uses one word of a group is found by the others too.
		 * Rapport has groups for English, French, Spanish and German. One list
		 * replaces the default language's; a list per language tag replaces
		 * those languages'. Spread `defaultSynonyms` to add to English's.
		 * @example [...defaultSynonyms, 'headset = headphones']
		 * @example { fr: ['casque = écouteurs'] }
		 */
		synonyms: z.union([synonymList, z.record(z.string().trim().min(2), synonymList)]).optional(),
		/**
		 * Off by default. A URL of your own that receives searches which found
		 * nothing (POST, JSON `{ query, page, at }`), so owners learn what the
		 * playbook lacks. Without it those searches stay in the browser
		 * (see `/search-gaps/`). Nothing else ever leaves the browser.
		 * @example 'https://support-tools.example.com/playbook-gaps'
		 */
		searchGapsEndpoint: z.url().optional(),
		/**
		 * Off by default. Where "Report a problem" on every page leads: a URL
		 * template (an issue tracker's new-issue address, a form, or `mailto:`) in
		 * which `{title}`, `{url}`, `{file}` and `{owner}` are filled in, URL-encoded.
		 * @example 'https://github.com/acme/playbook/issues/new?title=Problem:%20{title}&body={url}%0A{file}'
		 */
		reportProblem: z.string().trim().refine(isReportTemplate).optional(),
		/**
		 * Raw HTML in pages (`<kbd>`, `<details>`) passes through as written: the
		 * playbook's authors are trusted. `false`, for a team that takes pages from
		 * people it does not trust, shows raw HTML as text and refuses `.mdx` pages
		 * (their JSX runs as code when the site is built).
		 * @example false
		 */
		rawHtml: z.boolean().default(true),
		/**
		 * Offline desk mode: after one visit the playbook keeps working with the
		 * network off (pages, call scripts, desk cards and search), and a new
		 * build replaces the saved copy on the next visit online. A playbook of up
		 * to 200 pages is saved whole; a bigger one saves call scripts, cards and
		 * search at once and other pages as they are opened. `false` builds no
		 * service worker, and browsers that saved the site forget it.
		 * @example false
		 */
		offline: z.boolean().default(true),
	})
	.strict();

/** Options as a user writes them. */
export type RapportUserOptions = z.input<typeof optionsSchema>;
/** Options with every default applied. */
export type RapportOptions = z.output<typeof optionsSchema>;

/**
 * Validates user options, throwing one readable error that names each wrong
 * option, what it accepts and what it received.
 */
export function parseOptions(input: unknown): RapportOptions {
	const result = optionsSchema.safeParse(input ?? {}, { reportInput: true });
	if (result.success) return applyEnvironment(result.data);
	const lines = result.error.issues.map((issue) => {
		const path = issue.path.join('.') || '(options)';
		return `- **${path}**: ${describeIssue(issue)}`;
	});
	throw new Error(`Invalid Rapport options in astro.config.mjs:\n${lines.join('\n')}\nSee "Configuration" in README.md for every option.`);
}

function describeIssue(issue: z.core.$ZodIssue): string {
	if (issue.code === 'unrecognized_keys') {
		return `unknown option ${issue.keys.map((key) => `\`${key}\``).join(', ')}; expected one of ${Object.keys(optionsSchema.shape)
			.map((key) => `\`${key}\``)
			.join(', ')}`;
	}
	const received = 'input' in issue ? JSON.stringify(issue.input) : 'something else';
	return `expected ${expectedFor(issue)}, received ${received}`;
}

function expectedFor(issue: z.core.$ZodIssue): string {
	const option = String(issue.path[0]);
	if (option === 'reviewAfterDays') return 'a whole number of days, 1 or more';
	if (option === 'playbooks') return 'a folder path such as "./playbooks"';
	if (option === 'sidebarLimit') return 'a whole number of links, 1 or more';
	if (option === 'sectionLabels') return 'an object of folder path → label, e.g. { "call-scripts": "Scripts" }';
	if (option === 'avoidWords')
		return 'an object of word → what to say instead, e.g. { crash: "stopped working" }, or one such object per language, e.g. { fr: { panne: "interruption" } }';
	if (option === 'synonyms')
		return 'a list of "a = b = c" lines, e.g. ["angry = upset = irate"], or one such list per language, e.g. { fr: ["fâché = énervé"] }';
	if (option === 'searchGapsEndpoint') return 'a full URL such as "https://example.com/gaps"';
	if (option === 'reportProblem')
		return 'an http(s) or mailto: address whose {names} are among {title}, {url}, {file}, {owner}, e.g. "mailto:leads@example.com?subject={title}"';
	if (option === 'rawHtml') return 'true (raw HTML passes through) or false (shown as text)';
	if (option === 'offline') return 'true (the playbook works offline after one visit) or false (no offline copy)';
	return issue.message;
}

function applyEnvironment(options: RapportOptions): RapportOptions {
	const folder = process.env['RAPPORT_PLAYBOOKS']?.trim();
	return folder ? { ...options, playbooks: folder } : options;
}

let lastParsed: RapportOptions | undefined;

/** Remembers the options the site was configured with, for `npm run check` (which loads astro.config.mjs). */
export function rememberOptions(options: RapportOptions): void {
	lastParsed = options;
}

/** The options `astro.config.mjs` configured, once it has been imported; defaults otherwise. */
export function configuredOptions(): RapportOptions {
	return lastParsed ?? parseOptions({});
}
