import { AxeBuilder } from '@axe-core/playwright';
import { preview, type PreviewServer } from 'astro';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { astroBuild, fixturePath } from './astro.ts';

/** Debian's Chromium: browser tests never download a browser. */
export const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Starts Debian's Chromium headless, with no network chatter. */
export async function launchBrowser(): Promise<Browser> {
	if (!existsSync(chromiumPath)) {
		throw new Error(`No Chromium at ${chromiumPath}. Install Debian's: apt-get install -y chromium (or set CHROMIUM_PATH).`);
	}
	return chromium.launch({
		executablePath: chromiumPath,
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--no-first-run',
		],
	});
}

/** Serves a built fixture's dist/ on loopback; `stop()` when done. */
export async function serveFixture(fixture: string): Promise<{ url: (path: string) => string; stop: () => Promise<void> }> {
	const port = await freePort();
	const server: PreviewServer = await preview({ root: fixturePath(fixture), logLevel: 'error', server: { host: '127.0.0.1', port } });
	return { url: (path) => `http://127.0.0.1:${port}${path}`, stop: () => server.stop() };
}

/** Serious and critical accessibility violations axe-core finds on the page, as readable lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).analyze();
	return results.violations
		.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
		.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
}

/** A TCP port on loopback that nothing listens on right now. */
function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			probe.close(() => resolve(port));
		});
	});
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
	const site = await serveFixture(fixture);
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
