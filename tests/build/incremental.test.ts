import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate-corpus.ts';
import { astroBuild, builtPage, fixturePath, repoRoot, type CommandResult } from '../helpers/astro.ts';

const site = fixturePath('incremental');
const page = (route: string) => `${site}playbooks/${route}.md`;
/** How many pages a build took from the previous one instead of rendering them. */
const reused = (build: CommandResult) => build.output.match(/\((cached|restored)\)/g)?.length ?? 0;
/** The pages a build rendered, as `/billing/case-1/`. */
const rendered = (build: CommandResult) =>
	[...build.output.matchAll(/├─ (\/\S*?)(?:index)?\.html(?! \((?:cached|restored)\))/g)].map(([, route]) => route).sort();

describe('a rebuild with experimental.incrementalBuild', () => {
	let first: CommandResult;
	let firstHtml: string;
	beforeAll(() => {
		rmSync(site, { recursive: true, force: true });
		generateCorpus(`${site}playbooks`, 12);
		mkdirSync(site, { recursive: true });
		writeFileSync(
			`${site}astro.config.mjs`,
			`import { fixtureConfig } from '${repoRoot}tests/fixtures/fixture-config.mjs';\n\nexport default fixtureConfig({}, { experimental: { incrementalBuild: true } });\n`,
		);
		first = astroBuild('incremental');
		firstHtml = builtPage('incremental', 'billing/case-2');
	}, 240_000);

	it('renders only the page that changed (and its card), and keeps the others as they were', () => {
		expect(first.status).toBe(0);
		expect(reused(first)).toBe(0);
		appendFileSync(page('billing/case-1'), '\nA line added since the first build.\n');
		const second = astroBuild('incremental');
		expect(second.status).toBe(0);
		expect(builtPage('incremental', 'billing/case-1')).toContain('A line added since the first build.');
		expect(builtPage('incremental', 'billing/case-2')).toBe(firstHtml);
		// Pages Rapport makes from all the others (desk cards, situations, review queue, what's new, the whole booklet) are always rendered; of the rest,
		// only the changed page, its card and its section's booklet (not the other sections').
		expect(rendered(second)).toEqual([
			'/404',
			// The page shown offline in place of one not saved: its sidebar shows every page.
			'/_offline/',
			'/billing/case-1/',
			'/cards/',
			'/cards/card-billing-1/',
			'/print/',
			'/print/billing/',
			'/review/',
			'/search-gaps/',
			'/situations/',
			'/whats-new/',
		]);
		expect(reused(second)).toBeGreaterThan(20);
	}, 240_000);

	it('renders every page again when a title changes, since every sidebar shows it', () => {
		const path = page('billing/case-1');
		writeFileSync(path, readFileSync(path, 'utf8').replace('title: billing case 1', 'title: Billing, first case'));
		const third = astroBuild('incremental');
		expect(third.status).toBe(0);
		expect(reused(third)).toBe(0);
		expect(builtPage('incremental', 'billing/case-2')).toContain('Billing, first case');
	}, 240_000);
});
