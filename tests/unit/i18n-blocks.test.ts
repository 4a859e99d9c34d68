import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { checkProcessor } from '../../src/authoring/check-processor.ts';
import { callNotesText, type CallNotes } from '../../src/blocks/script/call-notes.ts';
import { playbookLocales } from '../../src/i18n/locales.ts';
import { siteI18n, translatorFor } from '../../src/i18n/site-i18n.ts';
import { defaultAvoidWordsByLanguage, findAvoidedWords, inflections } from '../../src/words/avoid.ts';
import type { Found } from '../helpers/render.ts';

const i18n = siteI18n(playbookLocales({ locales: { root: { label: 'English', lang: 'en' }, fr: { label: 'Français', lang: 'fr' } } }));

/** Renders `markdown` as the page `path` of a playbook in English (root) and French, with Rapport's words to avoid for its language. */
async function render(
	markdown: string,
	path: string,
	frontmatter: Record<string, unknown> = {},
): Promise<{ html: string; problems: Found[] }> {
	const file = new VFile({ value: markdown, path: `/playbook/${path}`, data: { astro: { frontmatter } } });
	const result = await checkProcessor({ playbooks: '/playbook', i18n }).use(remarkRehype).use(rehypeStringify).process(file);
	const problems = result.messages.map((message) => ({
		line: message.line,
		column: message.column,
		severity: message.fatal ? ('error' as const) : ('warning' as const),
		message: message.reason,
	}));
	return { html: String(result), problems };
}

/** Every kind of block, none titled, so each shows the words Rapport adds. */
const page = [
	':say[Bonjour, je suis {agent}.]',
	'',
	'::::script',
	':::step',
	':say[Bonjour {client}.]{phone}',
	':ask[Quel est votre nom ?]',
	':ask[Quel est votre numéro de commande ?]',
	':field[Numéro de carte]{#carte sensitive}',
	'Sinon, passez à [la fin](#fin).',
	':::',
	':::step[Fin]{#fin outcome}',
	':say[Bonne journée.]',
	':::',
	'::::',
	'',
	'::::quiz',
	'- J’écoute jusqu’au bout.',
	'- Je reformule.',
	':::result{min=2 max=10}',
	'Bien.',
	':::',
	'::::',
	'',
	':::checklist',
	'- Casque branché',
	':::',
	'',
	'::::dos-donts',
	':::do',
	'- Écouter.',
	':::',
	':::dont',
	'- Couper la parole.',
	':::',
	'::::',
	'',
	':::golden-rules',
	'1. **Écouter**',
	':::',
].join('\n');

/** The words Rapport adds to these blocks in English: none may be left on the French page. */
const english = [
	'Say:',
	'Say (',
	'Ask:',
	'>Copy<',
	'Call script',
	'Fill in',
	'every line below',
	'Keys:',
	'next step',
	'previous step',
	'copy the step',
	'back along your path',
	'new call (press twice)',
	'copy the call notes',
	'from a box',
	'>Back ',
	'>New call ',
	'>Copy notes ',
	'not started',
	'>Channel<',
	'Phone',
	'Email',
	'Answer, for the notes',
	'Answer to:',
	'(not kept)',
	'Ends the call',
	'outcome:',
	'Step 1',
	'Step 2',
	'(step',
	'Self-assessment',
	'Rate each statement',
	'On paper',
	'>Low<',
	'>High<',
	'(Low)',
	'(High)',
	'Clear my answers',
	'Total 2–10',
	'Checklist',
	'Clear all ticks',
	'Dos and don',
	'>Do<',
	'Don’t',
	'Golden rules',
];

describe('blocks in the page’s language', () => {
	it('renders every word Rapport adds to a French page in French, and none in English', async () => {
		const { html, problems } = await render(page, 'fr/appels/remboursement.md', { channels: ['phone', 'chat'] });
		expect(problems).toEqual([]);
		for (const french of [
			'<span class="rapport-line__kind">Dites\u00a0:</span>',
			'<span class="rapport-line__kind">Dites (téléphone)\u00a0:</span>',
			'<span class="rapport-line__kind">Demandez\u00a0:</span>',
			'hidden>Copier</button>',
			'aria-label="Script d’appel"',
			'<p class="rapport-title">Script d’appel</p>',
			'aria-label="Compléter les phrases"',
			'À saisir une fois\u00a0: toutes les phrases ci-dessous sont mises à jour.',
			'Raccourcis\u00a0: <kbd>J</kbd> étape suivante · <kbd>K</kbd> étape précédente · <kbd>C</kbd> copier la première phrase de l’étape',
			'<kbd>N</kbd> copier les notes d’appel · <kbd>Échap</kbd> quitter un champ pour revenir aux étapes',
			'<p class="rapport-script__progress" role="status">2 étapes · pas commencé</p>',
			'disabled>Retour <kbd aria-hidden="true">B</kbd>',
			'disabled>Nouvel appel <kbd aria-hidden="true">R</kbd>',
			'disabled>Copier les notes <kbd aria-hidden="true">N</kbd>',
			'<legend>Canal</legend>',
			'disabled> Téléphone</label>',
			'placeholder="Réponse, pour les notes" aria-label="Réponse à\u00a0: Quel est votre nom ?"',
			'<span class="rapport-field__sensitive"> (non conservé)</span>',
			'<span>Étape 1</span>',
			'data-pagefind-title="Étape 1"',
			'data-pagefind-title="Étape 2\u00a0: Fin"',
			'style="--rapport-step-ref: &#x22;étape&#x22;"',
			'<p class="rapport-step__outcome">Fin de l’appel · issue\u00a0: Fin</p>',
			'aria-label="Auto-évaluation"',
			'Notez chaque affirmation de 1 (Faible) à 5 (Élevé). Sur papier, cochez une case par ligne et additionnez les chiffres.',
			'<span class="rapport-quiz__end" aria-hidden="true">Faible</span>',
			'<span class="sr-only"> (Élevé)</span>',
			'hidden>Effacer mes réponses</button>',
			'<p class="rapport-quiz__range">Total de 2 à 10</p>',
			'aria-label="Liste de contrôle"',
			'hidden>Tout décocher</button>',
			'aria-label="À faire et à éviter"',
			'<p class="rapport-title rapport-title--do">À faire</p>',
			'<p class="rapport-title rapport-title--dont">À éviter</p>',
			'aria-label="Règles d’or"',
			'<p class="rapport-title">Règles d’or</p>',
		]) {
			expect(html, french).toContain(french);
		}
		for (const word of english) expect(html, word).not.toContain(word);
		// The contract's hooks stay whatever the language.
		for (const name of [
			'say',
			'ask',
			'script',
			'step',
			'field',
			'quiz',
			'result',
			'checklist',
			'dos-donts',
			'do',
			'dont',
			'golden-rules',
		]) {
			expect(html, name).toContain(`data-playbook="${name}"`);
		}
	});

	it('renders the same page at the root of the playbook in English', async () => {
		const { html } = await render(page, 'appels/remboursement.md', { channels: ['phone', 'chat'] });
		for (const word of [
			'<span class="rapport-line__kind">Say:</span>',
			'<span class="rapport-line__kind">Say (phone):</span>',
			'<span class="rapport-line__kind">Ask:</span>',
			'hidden>Copy</button>',
			'<p class="rapport-title">Call script</p>',
			'Keys: <kbd>J</kbd> next step · <kbd>K</kbd> previous step',
			'<p class="rapport-script__progress" role="status">2 steps · not started</p>',
			'<legend>Channel</legend>',
			'aria-label="Answer to: Quel est votre nom ?"',
			' (not kept)',
			'data-pagefind-title="Step 2: Fin"',
			'Ends the call · outcome: Fin',
			'Rate each statement from 1 (Low) to 5 (High).',
			'Total 2–10',
			'Clear all ticks',
			'Dos and don’ts',
			'Don’t',
			'Golden rules',
		]) {
			expect(html, word).toContain(word);
		}
		expect(html).not.toContain('Dites');
	});

	it('takes placeholder names in the page’s language, accents included, and labels the form with them', async () => {
		const script = [
			'::::script',
			':::step[Accueil]{#greet}',
			':say[Bonjour {client}, je reviens vers vous d’ici {délai}.]',
			':::',
			'::::',
		].join('\n');
		const { html, problems } = await render(script, 'fr/appels/rappel.md');
		expect(problems).toEqual([]);
		expect(html).toContain('<span data-placeholder="délai" class="rapport-placeholder">{délai}</span>');
		expect(html).toMatch(/<span>Client<\/span>/);
		expect(html).toMatch(/<span>Délai<\/span>/);
	});

	it('warns about a French word to avoid in a French line, at its line and column, with what to say instead', async () => {
		const { problems } = await render(
			['::::script', ':::step[Ouvrir]', ':say[Bonjour. Nos serveurs sont tombés en panne,', 'c’est une catastrophe.]', ':::', '::::'].join(
				'\n',
			),
			'fr/panne.md',
		);
		expect(problems).toEqual([
			{
				line: 3,
				column: 43,
				severity: 'warning',
				message: 'Unexpected "panne" in a `:say` line: customers take it literally. Say "interruption de service" instead.',
			},
			{
				line: 4,
				column: 11,
				severity: 'warning',
				message: 'Unexpected "catastrophe" in a `:say` line: customers take it literally. Say "problème sérieux" instead.',
			},
		]);
		// French words are not English ones: the English page says what it likes in French.
		expect((await render(':say[Le service est en panne.]', 'panne.md')).problems).toEqual([]);
	});

	it('warns about French words that only make sense out loud on a French chat line', async () => {
		const lines = [':say[Ne quittez pas, je regarde.]{chat}', ':say[Je vous mets en attente.]{email}', ':say[Ne quittez pas.]{phone}'];
		const { problems } = await render(lines.join('\n\n'), 'fr/attente.md', { channels: ['phone', 'chat', 'email'] });
		expect(problems).toEqual([
			{
				line: 1,
				column: 1,
				severity: 'warning',
				message:
					'Unexpected "Ne quittez pas" in a `:say` line shown on chat: it only makes sense out loud. Tag this line `{phone}` and write one in words for writing: `:say[…]{chat}`.',
			},
			{
				line: 3,
				column: 1,
				severity: 'warning',
				message:
					'Unexpected "mets en attente" in a `:say` line shown on email: it only makes sense out loud. Tag this line `{phone}` and write one in words for writing: `:say[…]{email}`.',
			},
		]);
		// English words for it on an English page, French ones on a French page.
		expect((await render(':say[Ne quittez pas.]{chat}', 'attente.md', { channels: ['chat'] })).problems).toEqual([]);
		expect((await render(':say[Please hold the line.]{chat}', 'fr/attente.md', { channels: ['chat'] })).problems).toEqual([]);
	});
});

describe('words to avoid in French, Spanish and German', () => {
	it('knows their plurals, feminines and accents', () => {
		expect(inflections('cassé', 'fr')).toEqual(expect.arrayContaining(['cassés', 'cassée', 'cassées']));
		expect(inflections('bateau', 'fr')).toContain('bateaux');
		expect(inflections('général', 'fr')).toContain('généraux');
		expect(inflections('roto', 'es')).toEqual(expect.arrayContaining(['rota', 'rotos', 'rotas']));
		expect(inflections('camión', 'es')).toContain('camiones');
		expect(inflections('kaputt', 'de')).toEqual(expect.arrayContaining(['kaputte', 'kaputten', 'kaputtes']));
		expect(inflections('Ausfall', 'de')).toContain('Ausfälle');
	});

	it('finds the default words of each language, in any case and with accents written either way', () => {
		const found = (text: string, lang: string) =>
			findAvoidedWords(text, defaultAvoidWordsByLanguage[lang] ?? {}, lang).map((one) => [one.written, one.suggestion]);
		expect(found('Les serveurs sont CASSÉS, c’est impossible.', 'fr')).toEqual([
			['CASSÉS', 'ne fonctionne pas comme il le devrait'],
			['impossible', 'ce que je peux faire, c’est…'],
		]);
		// é as e and a combining accent; `casse` (a different word) is not `cassé`.
		expect(found('La ligne est casse\u0301e. Une casse.', 'fr')).toEqual([['casse\u0301e', 'ne fonctionne pas comme il le devrait']]);
		expect(found('Hubo una caída y las pantallas están rotas.', 'es')).toEqual([
			['caída', 'interrupción del servicio'],
			['rotas', 'no funciona como debería'],
		]);
		expect(found('Die Ausfälle von gestern? Das weiß ich nicht.', 'de')).toEqual([
			['Ausfälle', 'Unterbrechung'],
			['weiß ich nicht', 'ich kläre das gleich für Sie'],
		]);
	});
});

describe('call notes in the page’s language', () => {
	const notes: CallNotes = {
		script: 'Le client demande un remboursement',
		address: 'https://desk.example/fr/appels/remboursement/',
		started: new Date(2026, 10, 30, 14, 5),
		copied: new Date(2026, 10, 30, 14, 12),
		timeZone: 'Europe/Paris',
		channel: 'Téléphone',
		details: [
			{ label: 'Numéro de commande', value: 'A-1234', sensitive: false },
			{ label: 'Numéro de carte', value: '', sensitive: true },
		],
		steps: [
			{ number: 1, label: 'Accueil', asked: [{ question: 'Quel est votre numéro de commande ?', answer: 'A-1234' }] },
			{ number: 3, label: 'Remboursement', asked: [], outcome: 'Remboursement effectué' },
		],
		stepCount: 4,
	};

	it('writes them in French, dates and times as French writes them', () => {
		expect(callNotesText(notes, translatorFor(i18n, 'fr'), 'fr')).toBe(
			[
				'Notes d’appel\u00a0: Le client demande un remboursement',
				'Date\u00a0: le 30/11/2026 de 14:05 à 14:12 (Europe/Paris)',
				'Canal\u00a0: Téléphone',
				'Numéro de commande\u00a0: A-1234',
				'Numéro de carte\u00a0: communiqué, non enregistré',
				'',
				'Étapes suivies (2 sur 4 dans le script)\u00a0:',
				'1. Accueil',
				'   Question\u00a0: Quel est votre numéro de commande ?',
				'   Réponse\u00a0: A-1234',
				'3. Remboursement',
				'',
				'Issue\u00a0: Remboursement effectué',
				'Script\u00a0: https://desk.example/fr/appels/remboursement/',
			].join('\n'),
		);
		const unfinished = callNotesText(
			{ ...notes, steps: notes.steps.slice(0, 1), copied: new Date(2026, 11, 1, 0, 10) },
			translatorFor(i18n, 'fr'),
			'fr',
		);
		expect(unfinished).toContain('Date\u00a0: du 30/11/2026 14:05 au 01/12/2026 00:10 (Europe/Paris)');
		expect(unfinished).toContain('Issue\u00a0: aucune (l’appel s’est arrêté à l’étape 1, Accueil)');
	});

	it('writes German and Spanish dates their way, and English as before', () => {
		const german = siteI18n(playbookLocales({ locales: { root: { label: 'Deutsch', lang: 'de' }, es: { label: 'Español', lang: 'es' } } }));
		expect(callNotesText(notes, translatorFor(german, 'de'), 'de')).toContain('Zeit: 30.11.2026, 14:05 bis 14:12 Uhr (Europe/Paris)');
		expect(callNotesText(notes, translatorFor(german, 'es'), 'es')).toContain('Fecha: 30/11/2026 de 14:05 a 14:12 (Europe/Paris)');
		expect(callNotesText(notes, translatorFor(i18n, 'en'), 'en')).toContain('When: 2026-11-30 14:05 to 14:12 (Europe/Paris)');
	});
});
