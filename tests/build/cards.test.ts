import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, buildOnce, builtPage, fixturePath, runCheck, type CommandResult } from '../helpers/astro.ts';

const cardIds = ['golden', 'opening-a-call', 'headset', 'notes', 'screen', 'water', 'closing', 'big', 'overfull'];

describe('card pages of a fixture', () => {
	let build: CommandResult;
	beforeAll(() => {
		build = buildOnce('cards');
	}, 240_000);

	it('builds, warning about the card that will not fit, with file, line and id', () => {
		expect(build.status).toBe(0);
		expect(build.output).toMatch(/playbooks\/scripts\/closing\.md:23:1: warning: Card `overfull`: its front will not fit the A7 card/);
	});

	it('makes /cards/<id>/ for every card, and nothing else under /cards/', () => {
		for (const id of cardIds) expect(existsSync(`${fixturePath('cards')}dist/cards/${id}/index.html`), id).toBe(true);
		expect(builtPage('cards', 'cards/closing')).toContain('data-card="closing" data-size="3x5" data-face="back"');
	});

	it('lists every card on /cards/, grouped by page, with links to its page and its print page', () => {
		const html = builtPage('cards', 'cards');
		for (const id of cardIds) {
			expect(html).toContain(`data-card-entry="${id}"`);
			expect(html).toContain(`href="/cards/${id}/"`);
		}
		expect(html).toMatch(/<h2[^>]*><a href="\/scripts\/closing\/">Closing a call<\/a><\/h2>/);
		expect(html).toContain('href="/scripts/closing/#closing"');
		expect(html.indexOf('Desk set-up')).toBeLessThan(html.indexOf('Closing a call'));
	});

	it('prints where a card comes from: page title, review date and a QR code to the live page', () => {
		const html = builtPage('cards', 'cards/golden');
		expect(html).toContain('<span>Cards fixture</span>');
		expect(html).toContain('Reviewed 2026-11-01');
		expect(html).toContain('aria-label="QR code: https://playbook.example.com/#golden"');
		expect(html).toMatch(/<span class="rapport-sheet__qr"[^>]*><svg/);
	});

	it('renders each card in place on its page too', () => {
		const html = builtPage('cards', 'scripts/closing');
		expect(html).toContain('<section data-playbook="card" id="closing" data-size="3x5"');
		expect(html).toContain('href="/cards/"');
	});
});

describe('a fixture with card mistakes', () => {
	it('fails the build naming both files of a duplicate id, and the page that takes /cards/', () => {
		const build = astroBuild('bad-cards');
		expect(build.status).not.toBe(0);
		expect(build.output).toContain(
			'playbooks/second.md:7:1: error: Unexpected card id `escalation`: playbooks/first.md:5 has a card with that id too, and both would print at /cards/escalation/.',
		);
		expect(build.output).toContain(
			'playbooks/cards.md:1:1: error: Unexpected page at `/cards/`: Rapport makes that route for the desk cards',
		);
	}, 240_000);

	it('check --strict fails on a card that will not fit', () => {
		const strict = runCheck('cards', ['--strict']);
		expect(strict.status).toBe(1);
		expect(strict.output).toContain('playbooks/scripts/closing.md:23:1: warning: Card `overfull`');
		expect(runCheck('cards').status).toBe(0);
	});
});
