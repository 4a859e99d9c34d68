import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../src/browser/find-chromium.ts';
import { launchHeadless } from '../../src/browser/headless.ts';
import { readPdf } from '../helpers/pdf.ts';

/** A page that registers a service worker and shows when it is in control, and the worker. */
const site: Record<string, [string, string]> = {
	'/': [
		'text/html',
		'<!doctype html><html lang="en"><title>Desk</title><h1>Hello desk</h1><p>Say: “I can help with that.”</p>' +
			'<script>navigator.serviceWorker.register("/sw.js").then(() => navigator.serviceWorker.ready).then(() => { document.title = "ready"; });</script>',
	],
	'/sw.js': ['text/javascript', 'self.addEventListener("fetch", () => {});'],
};

/**
 * The Chromium a machine with no browser gets from `npm install` (the one CI
 * tests with, RAPPORT_BROWSER=packaged), launched as Rapport launches it and
 * as a minimal Linux would see it, with no fontconfig setup of its own: it
 * must do what the browser tests and the PDF commands ask of it.
 */
describe('the packaged Chromium', () => {
	let server: Server;
	let origin = '';
	beforeAll(async () => {
		server = createServer((request, response) => {
			const [type, body] = site[request.url ?? ''] ?? ['text/plain', 'not found'];
			response.writeHead(type === 'text/plain' ? 404 : 200, { 'content-type': `${type}; charset=utf-8` });
			response.end(body);
		});
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	});
	afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

	it('opens context after context, each with a service worker and the clipboard, and prints text to PDF with its own fonts', async () => {
		const found = await findChromium({
			env: { ...process.env, RAPPORT_BROWSER: 'packaged', CHROMIUM_PATH: '' },
			exists: (path) => path !== '/etc/fonts/fonts.conf',
		});
		if ('error' in found) throw new Error(found.error);
		expect(found.source).toBe('bundled');
		expect(found.env?.['FONTCONFIG_PATH']).toBeTruthy();
		const browser = await launchHeadless(found);
		try {
			for (let round = 1; round <= 3; round++) {
				const context = await browser.newContext();
				await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
				const page = await context.newPage();
				await page.goto(`${origin}/`);
				await page.waitForFunction(() => document.title === 'ready');
				await page.evaluate(() => navigator.clipboard.writeText('Order 1234'));
				expect(await page.evaluate(() => navigator.clipboard.readText()), `context ${round}`).toBe('Order 1234');
				const pdf = await page.pdf({ format: 'A4' });
				const [sheet] = await readPdf(pdf);
				expect(sheet?.text.replace(/\s+/g, ' '), `context ${round}`).toContain('Hello desk Say: “I can help with that.”');
				// Set in the package's fonts, as on a machine with none of its own.
				expect(Buffer.from(pdf).toString('latin1')).toMatch(/\/BaseFont\s*\/[A-Z]{6}\+OpenSans-Bold/);
				await context.close();
			}
		} finally {
			await browser.close();
		}
	});
});
