import { createServer } from 'node:net';
import type { Browser } from 'playwright-core';
import type { FoundBrowser } from './find-chromium.ts';

/**
 * Chromium's flags wherever Rapport drives it (card PDFs, browser tests, the
 * search benchmark): headless, no sandbox (containers run as root), and
 * nothing fetched from the network.
 */
export const headlessFlags = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--no-first-run',
];

/** Starts a browser {@link findChromium} found, headless. */
export async function launchHeadless(browser: FoundBrowser): Promise<Browser> {
	const { chromium } = await import('playwright-core');
	return chromium.launch({ executablePath: browser.path, args: headlessFlags, env: { ...process.env, ...browser.env } });
}

/** A built site served on loopback. */
export interface ServedSite {
	/** The address of a path of the site, e.g. `url('/cards/')`. */
	url: (path: string) => string;
	stop: () => Promise<void>;
}

/**
 * Serves the built site of the project at `root` (its dist/, or `outDir`) with
 * Astro's preview server, on a free loopback port.
 */
export async function serveBuiltSite(root: string, outDir?: string): Promise<ServedSite> {
	const { preview } = await import('astro');
	const port = await freePort();
	const server = await preview({ root, ...(outDir ? { outDir } : {}), logLevel: 'error', server: { host: '127.0.0.1', port } });
	return { url: (path) => `http://127.0.0.1:${port}${path}`, stop: () => server.stop() };
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
