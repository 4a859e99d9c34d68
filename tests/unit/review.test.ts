import { describe, expect, it } from 'vitest';
import { builtInLanguages } from '../../src/i18n/define-strings.ts';
import { resolveDictionary, translator } from '../../src/i18n/translate.ts';
import { browserStrings as offlineStrings } from '../../src/offline/strings.ts';
import { dueStatus, reviewCsv, reviewEntry } from '../../src/review/review-queue.ts';
import { slotNames, withSlots } from '../../src/i18n/slots.ts';
import { strings as reviewStrings } from '../../src/review/strings.ts';

const t = (lang: string) => translator(lang, resolveDictionary(lang, 'en', [reviewStrings, offlineStrings]));

describe('review strings with markup in them', () => {
	it('cut a string at its slots, wherever the language puts them', () => {
		expect(slotNames('Press {{key}} or {{ button }}')).toEqual(['key', 'button']);
		expect(withSlots('Press {{key}} or {{button}}', (name) => ({ name }))).toEqual(['Press ', { name: 'key' }, ' or ', { name: 'button' }]);
		expect(withSlots('{{key}} drücken oder {{button}}', (name) => name.toUpperCase())).toEqual(['KEY', ' drücken oder ', 'BUTTON']);
		// A slot with nothing to fill it stays as written: it shows, and is noticed.
		expect(withSlots('Reviewed {{date}}', () => undefined)).toEqual(['Reviewed ', '{{date}}']);
	});

	it('put the notice’s key and button in each language’s sentence', () => {
		for (const lang of builtInLanguages) {
			expect(slotNames(t(lang)('rapport.offline.updateReady')).sort(), lang).toEqual(['button', 'key']);
		}
	});
});

describe('a page’s review status', () => {
	const now = new Date('2026-11-30T00:00:00Z');

	it('is overdue by whole days past, or due in days to come', () => {
		expect(dueStatus(new Date('2026-07-14'), now)).toEqual({ state: 'overdue', days: 139 });
		expect(dueStatus(new Date('2027-03-30'), now)).toEqual({ state: 'due', days: 120 });
		expect(dueStatus(undefined, now)).toEqual({ state: 'undated' });
	});

	it('is said in each language, with its plural forms', () => {
		expect(t('en')('rapport.review.overdueBy', { count: 139 })).toBe('Overdue by 139 days');
		expect(t('en')('rapport.review.dueIn', { count: 1 })).toBe('Due in 1 day');
		expect(t('fr')('rapport.review.overdueBy', { count: 1 })).toBe('En retard de 1 jour');
		expect(t('fr')('rapport.review.dueIn', { count: 120 })).toBe('À relire dans 120 jours');
		expect(t('es')('rapport.review.overdueBy', { count: 3 })).toBe('Vencida hace 3 días');
		expect(t('de')('rapport.review.overdueBy', { count: 94 })).toBe('Seit 94 Tagen überfällig');
		expect(t('de')('rapport.review.dueIn', { count: 1 })).toBe('Fällig in 1 Tag');
		expect(t('en')('rapport.review.summary', { overdue: 2, count: 5 })).toBe('2 of 5 pages due for review');
		expect(t('fr')('rapport.review.summary', { overdue: 0, count: 1 })).toBe('À relire\u00a0: 0 sur 1 page');
	});
});

describe('the review queue as CSV', () => {
	const options = { reviewAfterDays: 180, now: new Date('2026-11-30') };
	const english = {
		...reviewEntry({ file: 'playbooks/refunds.md', title: 'Refunds', owner: 'Billing', reviewed: new Date('2026-10-01') }, options),
		lang: 'en',
	};
	const french = {
		...reviewEntry({ file: 'playbooks/fr/refunds.md', title: 'Remboursements', owner: 'Facturation', reviewed: undefined }, options),
		lang: 'fr',
	};

	it('keeps its columns, and adds the language last for a playbook in several', () => {
		expect(reviewCsv([english], () => '/refunds/').split('\r\n')[0]).toBe('file,title,address,owner,reviewed,due,status');
		expect(
			reviewCsv(
				[french, english],
				(entry) => (entry.lang === 'fr' ? '/fr/refunds/' : '/refunds/'),
				(entry) => entry.lang,
			).split('\r\n'),
		).toEqual([
			'file,title,address,owner,reviewed,due,status,lang',
			'playbooks/fr/refunds.md,Remboursements,/fr/refunds/,Facturation,,,no review date,fr',
			'playbooks/refunds.md,Refunds,/refunds/,Billing,2026-10-01,2027-03-30,ok,en',
			'',
		]);
	});
});
