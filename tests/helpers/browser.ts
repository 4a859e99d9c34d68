import { AxeBuilder } from '@axe-core/playwright';
import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchHeadless, serveBuiltSite } from '../../src/browser/headless.ts';
import { astroBuild, fixturePath } from './astro.ts';

/** Debian's Chromium: browser tests never download a browser. */
export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Starts Debian's Chromium headless, with no network chatter. */
export async function launchBrowser(): Promise<Browser> {
	if (!existsSync(chromiumPath)) {
		throw new Error(`No Chromium at ${chromiumPath}. Install Debian's: apt-get install -y chromium (or set CHROMIUM_PATH).`);
	}
	return launchHeadless(chromiumPath);
}

/** Serious and critical accessibility violations axe-core finds on the page, as readable lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).analyze();
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
 * Builds `fixture`, serves it on loopback and opens a page in Chromium.
 * `clipboard` grants the page clipboard access, for copy controls.
 */
export async function openSite(fixture: string, { clipboard = false } = {}): Promise<BrowserSession> {
	const build = astroBuild(fixture);
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
