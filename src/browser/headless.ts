import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import type { FoundBrowser } from './find-chromium.ts';
import { builtBase, portOf, serveStatic } from './static-server.ts';

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
 * Serves the built site of the project at `root` (its dist/, or `outDir`) on
 * a free loopback port, under the `base` it was built for, as a static host
 * would. Starts at once: no Astro or Vite to load.
 */
export async function serveBuiltSite(root: string, outDir?: string): Promise<ServedSite> {
	const dist = resolve(root, outDir ?? 'dist');
	const server = await serveStatic(dist, builtBase(dist));
	const port = portOf(server);
	return {
		url: (path) => `http://127.0.0.1:${port}${path}`,
		stop: () =>
			new Promise<void>((done) => {
				server.closeAllConnections();
				server.close(() => done());
			}),
	};
}
