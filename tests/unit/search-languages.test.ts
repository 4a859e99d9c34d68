import { describe, expect, it } from 'vitest';
import { searchWords } from '../../src/search/query.ts';
import { sameWord } from '../../src/search/results.ts';
import { correctWord, editDistance } from '../../src/search/spelling.ts';
import { defaultSynonymsByLanguage, parseSynonyms, synonymFinder } from '../../src/search/synonyms.ts';

/** The synonyms a page in `lang` saying `text` is also found by, with Rapport's groups for that language. */
const synonymsIn = (lang: string) => synonymFinder(parseSynonyms(defaultSynonymsByLanguage[lang] ?? []), lang);

describe('search in French, Spanish and German', () => {
	it('leaves out the words that only make a question in the query’s language, never a negation', () => {
		expect(searchWords('comment dire non à un client énervé', 'fr')).toEqual(['dire', 'non', 'client', 'énervé']);
		expect(searchWords('que faire si le client ne veut pas payer', 'fr')).toEqual(['client', 'ne', 'veut', 'pas', 'payer']);
		expect(searchWords("qu'est-ce que je dis à l'appelant", 'fr')).toEqual(['dis', 'appelant']);
		expect(searchWords('cómo digo que no', 'es')).toEqual(['digo', 'no']);
		expect(searchWords('wie sage ich nicht nein', 'de')).toEqual(['sage', 'nicht', 'nein']);
		// Each language its own words: "the" is nothing to leave out of a French query.
		expect(searchWords('how do I say no', 'en')).toEqual(['say', 'no']);
		expect(searchWords('the cliente', 'fr')).toEqual(['the', 'cliente']);
	});

	it('counts a slip to a neighbouring key on the language’s keyboard (AZERTY, QWERTZ), and an accent left off as a quarter', () => {
		// AZERTY has M next to L; QWERTY does not.
		expect(editDistance('mal', 'lal', 'fr')).toBe(1);
		expect(editDistance('mal', 'lal', 'en')).toBe(1.5);
		// QWERTZ has Z next to T.
		expect(editDistance('zeit', 'teit', 'de')).toBe(1);
		expect(editDistance('zeit', 'teit', 'en')).toBe(1.5);
		expect(editDistance('probleme', 'problème', 'fr')).toBe(0.25);
		expect(editDistance('problme', 'problème', 'fr')).toBe(1);
	});

	it('corrects a typo to the language’s own word, and takes a word written without its accents for that word', () => {
		const french = ['client', 'commande', 'remboursement', 'problème', 'colère'];
		expect(correctWord('rembourssement', french, 'fr')).toBe('remboursement');
		expect(correctWord('remboursment', french, 'fr')).toBe('remboursement');
		expect(correctWord('problme', french, 'fr')).toBe('problème');
		expect(correctWord('problme', ['problem', 'order'], 'en')).toBe('problem');
		// Search finds "colère" for "colere" itself: nothing to correct.
		expect(correctWord('colere', french, 'fr')).toBeUndefined();
		expect(correctWord('Commande', french, 'fr')).toBeUndefined();
	});

	it('tells another form of a word in the language (rembourser, remboursement) from a word that only starts the same', () => {
		expect(sameWord('remboursement', 'rembourser', 'fr')).toBe(true);
		expect(sameWord('remboursement', 'rembourser', 'en')).toBe(false);
		expect(sameWord('reembolso', 'reembolsar', 'es')).toBe(true);
		expect(sameWord('erstattung', 'erstatten', 'de')).toBe(true);
		expect(sameWord('commande', 'commencer', 'fr')).toBe(false);
	});

	it('finds a page by the words French, Spanish and German agents use for the same thing, in any form', () => {
		const french = synonymsIn('fr');
		expect(french('Le client est en colère.')).toEqual(expect.arrayContaining(['énervé', 'furieux', 'mécontent']));
		expect(french('Elle est très énervée.')).toContain('en colère');
		expect(french('Je vous passe mon chef d’équipe.')).toEqual(expect.arrayContaining(['superviseur', 'responsable']));
		expect(french("Passez-le à votre chef d'équipe.")).toContain('superviseur');
		expect(french('Il demande à être remboursé.')).toEqual(expect.arrayContaining(['remboursement', 'geste commercial']));
		expect(french('Merci d’avoir patienté.')).toEqual(expect.arrayContaining(['attente']));
		// "avoir" the verb is no credit note ("un avoir"): it finds no refund.
		expect(french('Merci d’avoir patienté.')).not.toContain('remboursement');
		expect(synonymsIn('es')('La clienta está enfadada y quiere un reembolso.')).toEqual(
			expect.arrayContaining(['enojado', 'furioso', 'devolución']),
		);
		expect(synonymsIn('de')('Der Kunde ist verärgert und will eine Rückerstattung.')).toEqual(
			expect.arrayContaining(['wütend', 'sauer', 'gutschrift']),
		);
	});

	it('ships synonym groups for every built-in language, each word or phrase in one group only', () => {
		for (const lang of ['en', 'fr', 'es', 'de']) {
			const groups = parseSynonyms(defaultSynonymsByLanguage[lang] ?? []);
			expect(groups.length, lang).toBeGreaterThanOrEqual(15);
			const members = groups.flat();
			expect(
				members.filter((member, index) => members.indexOf(member) !== index),
				lang,
			).toEqual([]);
		}
	});
});
