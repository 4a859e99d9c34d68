import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { findChromium } from './find-chromium.ts';
import { launchHeadless, serveBuiltSite, type ServedSite } from './headless.ts';

/**
 * What the PDF commands (`cards:pdf`, `booklet:pdf`) share: finds a browser,
 * checks the site was built (`dist/<builtPage>` exists), serves it on
 * loopback, runs `task` with a headless page (more tabs come from its
 * context), and closes both. A missing
 * browser or build ends the command with what to install or run.
 */
export async function printFromBuiltSite(
	command: string,
	root: string,
	builtPage: string,
	task: (page: Page, site: ServedSite) => Promise<void>,
): Promise<void> {
	const browserPath = await findChromium();
	if ('error' in browserPath) failCommand(`npm run ${command} prints with Chromium. ${browserPath.error}`);
	const dist = join(root, 'dist');
	if (!existsSync(join(dist, builtPage)))
		failCommand(`No built site in ${relative(process.cwd(), dist) || 'dist'} for ${command}: run \`npm run build\` first.`);
	const site = await serveBuiltSite(root);
	const browser = await launchHeadless(browserPath);
	try {
		await task(await (await browser.newContext()).newPage(), site);
	} finally {
		await browser.close();
		await site.stop();
	}
}

/** Ends a command with `message` on standard error and exit code 1. */
export function failCommand(message: string): never {
	console.error(message);
	process.exit(1);
}
