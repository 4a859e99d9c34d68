import { AxeBuilder } from '@axe-core/playwright';
import { preview, type PreviewServer } from 'astro';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { fixturePath } from './astro.ts';

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
