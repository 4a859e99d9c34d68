import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { findChromium } from '../../src/browser/find-chromium.ts';
import { launchHeadless, serveBuiltSite } from '../../src/browser/headless.ts';
import { buildOnce, fixturePath } from './astro.ts';

/**
 * Starts the browser `npm run cards:pdf` would use (CHROMIUM_PATH, an
 * installed Chrome, Chromium or Edge, else the Chromium in node_modules)
 * headless, with no network chatter. Never downloads a browser.
 */
export async function launchBrowser(): Promise<Browser> {
	const found = await findChromium();
	if ('error' in found) throw new Error(found.error);
	return launchHeadless(found);
}

/**
 * Serious and critical accessibility violations axe-core finds on the page,
 * as readable lines; only inside `within` (a CSS selector) when given, for a
 * later state of a page whose whole was checked already.
 */
export async function seriousViolations(page: Page, within?: string): Promise<string[]> {
	const axe = new AxeBuilder({ page });
	const results = await (within ? axe.include(within) : axe).analyze();
	return results.violations
		.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
		.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

/** A built fixture served on loopback, with a Chromium page open on it. */
export interface BrowserSession {
	page: Page;
	/** The address of a path of the served site. */
	url: (path: string) => string;
	/** Closes the browser and stops the server. */
	close: () => Promise<void>;
}

/**
 * Builds `fixture` (once per test run, with `env` set for the build), serves it
 * on loopback and opens a page in Chromium. `clipboard` grants the page
 * clipboard access, for copy controls.
 */
export async function openSite(
	fixture: string,
	{ clipboard = false, env = {} }: { clipboard?: boolean; env?: Record<string, string> } = {},
): Promise<BrowserSession> {
	const build = buildOnce(fixture, env);
	if (build.status !== 0) throw new Error(`${fixture} build failed:\n${build.output}`);
	const site = await serveBuiltSite(fixturePath(fixture));
	const browser = await launchBrowser();
	const context = await browser.newContext();
	if (clipboard) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url('') });
	const page = await context.newPage();
	return {
		page,
		url: site.url,
		close: async () => {
			await browser.close();
			await site.stop();
		},
	};
}
