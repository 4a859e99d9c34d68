import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOnce, builtSidebar, fixturePath, runCheck, type CommandResult } from '../helpers/astro.ts';

/** A built page of the fixture, by its address under the base (`fr/cards`). */
const page = (route: string) => readFileSync(`${fixturePath('i18n-folders')}dist/${route}/index.html`, 'utf8');

describe('a playbook with every language in its own folder (no root locale), under /docs/', () => {
	let build: CommandResult;
	beforeAll(() => {
		build = buildOnce('i18n-folders');
	}, 240_000);

	it('builds each language under its folder, cards and all', () => {
		expect(build.status, build.output).toBe(0);
		expect(page('en/call-scripts/refund-request')).toMatch(/<html lang="en"/);
		expect(page('fr/call-scripts/refund-request')).toMatch(/<html lang="fr"/);
		expect(page('fr/cards/refund-card')).toContain('Remboursement');
		expect(page('en/cards/refund-card')).toContain('Refund');
		expect(page('fr/call-scripts/hold')).toContain('pas encore disponible dans votre langue');
	});

	it('lists each language’s pages in its sidebar, the page not translated yet marked', () => {
		expect(builtSidebar('i18n-folders', 'fr/call-scripts/refund-request')).toEqual([
			'Situations',
			'Guide du conseiller',
			'Call scripts > Putting a caller on hold [en]',
			'Call scripts > Le client demande un remboursement *',
			'Fiches mémo',
		]);
		expect(builtSidebar('i18n-folders', 'en/call-scripts/hold')).toEqual([
			'Situations',
			'Desk playbook',
			'Call scripts > Putting a caller on hold *',
			'Call scripts > Customer asks for a refund',
			'Desk cards',
		]);
	});

	it('links the offline page to the default language’s cards and situations', () => {
		const offline = readFileSync(`${fixturePath('i18n-folders')}dist/_offline/index.html`, 'utf8');
		expect(offline).toContain('href="/docs/en/cards/"');
		expect(offline).toContain('href="/docs/en/situations/"');
	});

	it('checks clean: the translation matches its original in the default language’s folder', () => {
		const check = runCheck('i18n-folders', ['--strict']);
		expect(check.output).toContain('0 errors, 0 warnings');
		expect(check.status).toBe(0);
	});
});
