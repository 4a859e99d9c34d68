import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { playbookLocales, type StarlightLocaleConfig } from '../../src/i18n/locales.ts';
import { siteI18n } from '../../src/i18n/site-i18n.ts';
import { formatFinding } from '../../src/lint/findings.ts';
import { lintPlaybook, type LintOptions } from '../../src/lint/lint-playbook.ts';

const englishAndFrench: StarlightLocaleConfig = {
	defaultLocale: 'root',
	locales: { root: { label: 'English', lang: 'en' }, fr: { label: 'Français', lang: 'fr' } },
};

let root: string;
let options: LintOptions;

/** Writes a page of the playbook, folders and all. */
function write(path: string, contents: string): void {
	const file = join(root, 'playbooks', path);
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, contents);
}

/** A page: frontmatter on lines 1–3, a blank line, then `body` from line 5. */
const page = (title: string, ...body: string[]) => ['---', `title: ${title}`, '---', '', ...body, ''].join('\n');

/** A script from line 5: each step (`id`, then any attributes: `done outcome`) on three lines, the first at line 6. */
const script = (id: string, ...steps: string[]) => [
	`::::script{#${id}}`,
	...steps.flatMap((step) => [`:::step[${step.split(' ')[0]}]{#${step}}`, ':say[Hello.]', ':::']),
	'::::',
];

const card = (id: string) => [`:::card[Desk card]{#${id}}`, '- Check the order.', ':::'];

const lint = async () => (await lintPlaybook(options)).map(formatFinding);

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'rapport-translations-'));
	options = {
		root,
		playbooks: 'playbooks',
		reviewAfterDays: 180,
		avoidWords: {},
		now: new Date('2026-11-23T00:00:00Z'),
		i18n: siteI18n(playbookLocales(englishAndFrench)),
	};
	write('hold.md', page('Hold', ...script('hold-script', 'ask', 'back', 'too-long')));
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('an out-of-date translation', () => {
	it('is a warning on the translation at its script, naming both files and the missing step', async () => {
		write('fr/hold.md', page('Attente', ...script('hold-script', 'ask', 'back')));
		expect(await lint()).toEqual([
			'playbooks/fr/hold.md:5:1: warning: Unexpected script `hold-script` steps ask, back; its original playbooks/hold.md has ask, back, too-long. Translate the missing step `too-long` (or remove it from the original), keeping its id.',
		]);
	});

	it('names a step the original lacks, at that step', async () => {
		write('fr/hold.md', page('Attente', ...script('hold-script', 'ask', 'back', 'too-long', 'bye')));
		expect(await lint()).toEqual([
			'playbooks/fr/hold.md:15:1: warning: Unexpected script `hold-script` steps ask, back, too-long, bye; its original playbooks/hold.md has ask, back, too-long. Remove the step `bye` (or add it to the original too).',
		]);
	});

	it('names steps out of order, at the first one out of place', async () => {
		write('fr/hold.md', page('Attente', ...script('hold-script', 'ask', 'too-long', 'back')));
		expect(await lint()).toEqual([
			"playbooks/fr/hold.md:9:1: warning: Unexpected script `hold-script` steps ask, too-long, back; its original playbooks/hold.md has ask, back, too-long. Put the steps in the original's order: ask, back, too-long.",
		]);
	});

	it('names a renamed id with the id to give it back', async () => {
		write('fr/hold.md', page('Attente', ...script('hold-script', 'ask', 'retour', 'too-long')));
		expect(await lint()).toEqual([
			"playbooks/fr/hold.md:9:1: warning: Unexpected script `hold-script` steps ask, retour, too-long; its original playbooks/hold.md has ask, back, too-long. Give the step `retour` its original's id: `{#back}`.",
		]);
	});

	it('names a card missing from the translation, one too many, and one renamed (an id taken from a translated label)', async () => {
		write('refund.md', page('Refund', ...card('refund-card'), '', ...card('returns-card')));
		write('fr/refund.md', page('Remboursement', ...card('returns-card')));
		write('de/refund.md', page('Erstattung', ...card('refund-card'), '', ...card('returns-card'), '', ...card('extra-card')));
		write('fr/returns.md', page('Retours', ':::card[Retours]', '- Vérifiez.', ':::'));
		write('returns.md', page('Returns', ...card('returns-label')));
		options.i18n = siteI18n(
			playbookLocales({ ...englishAndFrench, locales: { ...englishAndFrench.locales, de: { label: 'Deutsch', lang: 'de' } } }),
		);
		expect(await lint()).toEqual([
			'playbooks/de/refund.md:13:1: warning: Unexpected cards on the page: refund-card, returns-card, extra-card; its original playbooks/refund.md has refund-card, returns-card. Remove the card `extra-card` (or add it to the original too).',
			'playbooks/fr/refund.md:5:1: warning: Unexpected cards on the page: returns-card; its original playbooks/refund.md has refund-card, returns-card. Translate the missing card `refund-card` (or remove it from the original), keeping its id.',
			"playbooks/fr/returns.md:5:1: warning: Unexpected cards on the page: retours; its original playbooks/returns.md has returns-label. Give the card `retours` its original's id: `{#returns-label}`.",
		]);
	});

	it('names a whole block missing, at the top of the page', async () => {
		write('refund.md', page('Refund', ...card('refund-card'), '', ':::checklist{#refund-checks}', '- Noted', ':::'));
		write('fr/refund.md', page('Remboursement', ...card('refund-card')));
		expect(await lint()).toEqual([
			'playbooks/fr/refund.md:1:1: warning: Unexpected page without checklists; its original playbooks/refund.md has refund-checks. Translate the missing checklist `refund-checks` (or remove it from the original), keeping its id.',
		]);
	});

	it('compares what is inside each block: fields of a step', async () => {
		const withField = (name: string) =>
			page(
				'Refund',
				'::::script{#refund-script}',
				':::step[Greet]{#greet}',
				`:field[Order]{#${name}}`,
				':say[Hello {order}.]',
				':::',
				'::::',
			);
		write('refund.md', withField('order'));
		write('fr/refund.md', withField('commande'));
		expect(await lint()).toEqual([
			"playbooks/fr/refund.md:7:1: warning: Unexpected step `greet` fields commande; its original playbooks/refund.md has order. Give the field `commande` its original's id: `{#order}`.",
		]);
	});

	it('warns when a step ends the call in one language and not the other', async () => {
		write('fr/hold.md', page('Attente', ...script('hold-script', 'ask outcome', 'back', 'too-long outcome="Rappel"')));
		write('hold.md', page('Hold', ...script('hold-script', 'ask', 'back', 'too-long outcome')));
		expect(await lint()).toEqual([
			"playbooks/fr/hold.md:6:1: warning: Unexpected outcome on step `ask`: in its original playbooks/hold.md that step does not end the call. Take `outcome` off this one, or mark the original's `{#ask outcome}` too.",
		]);
		write('fr/hold.md', page('Attente', ...script('hold-script', 'ask', 'back', 'too-long')));
		expect(await lint()).toEqual([
			'playbooks/fr/hold.md:12:1: warning: Unexpected step `too-long` without `outcome`: in its original playbooks/hold.md it ends the call. Mark it `{#too-long outcome}` (the outcome\'s words may be translated: `{#too-long outcome="…"}`), or take `outcome` off the original\'s.',
		]);
	});
});

describe('translations that need no warning', () => {
	it('a translation whose blocks, ids, steps and outcomes match, with every word translated', async () => {
		write('fr/hold.md', page('Attente', ...script('hold-script', 'ask', 'back', 'too-long')).replaceAll('Hello.', 'Bonjour.'));
		expect(await lint()).toEqual([]);
	});

	it('a page in a locale with no original, and a folder that is no locale', async () => {
		write('fr/only-french.md', page('Seulement en français', ...script('french-script', 'bonjour')));
		write('it/hold.md', page('Attesa', ...script('hold-script-it', 'ask')));
		expect(await lint()).toEqual([]);
	});

	it('a playbook with one language', async () => {
		delete options.i18n;
		write('fr/hold.md', page('Attente', ...script('hold-script-fr', 'ask')));
		expect(await lint()).toEqual([]);
	});
});

describe('translations with a default locale in its own folder', () => {
	it('compares each locale folder with the default one', async () => {
		rmSync(join(root, 'playbooks', 'hold.md'));
		write('en/hold.md', page('Hold', ...script('hold-script', 'ask', 'back')));
		write('fr/hold.md', page('Attente', ...script('hold-script', 'ask')));
		options.i18n = siteI18n(
			playbookLocales({ defaultLocale: 'en', locales: { en: { label: 'English' }, fr: { label: 'Français', lang: 'fr' } } }),
		);
		expect(await lint()).toEqual([
			'playbooks/fr/hold.md:5:1: warning: Unexpected script `hold-script` steps ask; its original playbooks/en/hold.md has ask, back. Translate the missing step `back` (or remove it from the original), keeping its id.',
		]);
	});
});

describe('translations checked with a cache', () => {
	beforeEach(() => {
		options.cacheFile = join(root, 'cache', 'lint.json');
		write('fr/hold.md', page('Attente', ...script('hold-script', 'ask', 'back')));
	});

	it('warns again on a cached run, and follows an original that changed while its translation did not', async () => {
		const first = await lint();
		expect(first).toEqual([
			expect.stringMatching(/^playbooks\/fr\/hold\.md:5:1: warning: Unexpected script `hold-script` steps ask, back;/),
		]);
		expect(await lint()).toEqual(first);
		const translation = readFileSync(join(root, 'playbooks', 'fr', 'hold.md'), 'utf8');
		// The original loses the step the translation lacked: up to date, though the translation's file is as it was.
		write('hold.md', page('Hold', ...script('hold-script', 'ask', 'back')));
		expect(await lint()).toEqual([]);
		// …and gains two: out of date again.
		write('hold.md', page('Hold', ...script('hold-script', 'ask', 'back', 'too-long', 'bye')));
		expect(await lint()).toEqual([
			'playbooks/fr/hold.md:5:1: warning: Unexpected script `hold-script` steps ask, back; its original playbooks/hold.md has ask, back, too-long, bye. Translate the missing steps `too-long`, `bye` (or remove them from the original), keeping their ids.',
		]);
		expect(readFileSync(join(root, 'playbooks', 'fr', 'hold.md'), 'utf8')).toBe(translation);
	});

	it('keeps outcomes in the cache', async () => {
		write('hold.md', page('Hold', ...script('hold-script', 'ask', 'back outcome')));
		write('fr/hold.md', page('Attente', ...script('hold-script', 'ask', 'back outcome')));
		expect(await lint()).toEqual([]);
		expect(await lint()).toEqual([]);
		write('hold.md', page('Hold', ...script('hold-script', 'ask', 'back')));
		expect(await lint()).toEqual([expect.stringMatching(/^playbooks\/fr\/hold\.md:9:1: warning: Unexpected outcome on step `back`/)]);
	});
});

describe('routes Rapport makes in every language', () => {
	it('are an error for a page in a locale folder too, naming its route', async () => {
		write('fr/cards.md', page('Fiches'));
		write('fr/situations/angry.md', page('Appelant en colère'));
		write('it/cards.md', page('Schede'));
		expect(await lint()).toEqual([
			'playbooks/fr/cards.md:1:1: error: Unexpected page at `/fr/cards/`: Rapport makes that route for the desk cards (`/cards/` and `/cards/<id>/`). Rename the file or its folder (e.g. `desk-cards`), or give it another `slug` in its frontmatter.',
			'playbooks/fr/situations/angry.md:1:1: error: Unexpected page at `/fr/situations/angry/`: Rapport makes that route for the situations index (`/situations/`). Rename the file or its folder (e.g. `desk-situations`), or give it another `slug` in its frontmatter.',
		]);
	});
});
