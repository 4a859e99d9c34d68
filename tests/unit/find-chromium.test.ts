import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findChromium, installedCandidates } from '../../src/browser/find-chromium.ts';

const linux = { platform: 'linux' as const, bundled: () => Promise.resolve('/tmp/chromium') };

describe('finding a browser to print with', () => {
	it('takes CHROMIUM_PATH first, and says so when nothing is there', async () => {
		const exists = (path: string) => path === '/opt/my-chrome' || path === '/usr/bin/chromium';
		expect(await findChromium({ ...linux, env: { CHROMIUM_PATH: '/opt/my-chrome' }, exists })).toEqual({
			path: '/opt/my-chrome',
			source: 'CHROMIUM_PATH',
		});
		const missing = await findChromium({ ...linux, env: { CHROMIUM_PATH: '/nowhere/chromium' }, exists });
		expect(missing).toMatchObject({ error: expect.stringContaining('CHROMIUM_PATH is /nowhere/chromium, but there is no browser there.') });
	});

	it('then a browser installed where the system puts it, on Linux, macOS and Windows', async () => {
		const found = await findChromium({ ...linux, env: {}, exists: (path) => path === '/usr/bin/google-chrome' });
		expect(found).toEqual({ path: '/usr/bin/google-chrome', source: 'installed' });
		expect(installedCandidates('darwin', {})).toContain('/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge');
		expect(installedCandidates('win32', { LOCALAPPDATA: 'C:\\Users\\me\\AppData\\Local' })).toContain(
			'C:\\Users\\me\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe',
		);
		const edge = await findChromium({
			platform: 'win32',
			env: {},
			exists: (path) => path.endsWith('msedge.exe'),
			bundled: () => Promise.resolve(undefined),
		});
		expect(edge).toMatchObject({ path: 'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe', source: 'installed' });
	});

	it('else the Chromium inside node_modules, on Linux, with its own fonts where the system has no fontconfig setup', async () => {
		expect(await findChromium({ ...linux, env: {}, exists: () => false })).toEqual({
			path: '/tmp/chromium',
			source: 'bundled',
			env: { FONTCONFIG_PATH: join(tmpdir(), 'fonts') },
		});
		const withFonts = (path: string) => path === '/etc/fonts/fonts.conf';
		expect(await findChromium({ ...linux, env: {}, exists: withFonts })).toEqual({ path: '/tmp/chromium', source: 'bundled', env: {} });
		expect(await findChromium({ ...linux, env: { FONTCONFIG_PATH: '/opt/fonts' }, exists: () => false })).toMatchObject({ env: {} });
	});

	it('takes the packaged Chromium over an installed one with RAPPORT_BROWSER=packaged, as CI does', async () => {
		const exists = (path: string) => path === '/usr/bin/chromium' || path === '/opt/my-chrome';
		expect(await findChromium({ ...linux, env: { RAPPORT_BROWSER: 'packaged' }, exists })).toMatchObject({
			path: '/tmp/chromium',
			source: 'bundled',
		});
		expect(await findChromium({ ...linux, env: {}, exists })).toEqual({ path: '/usr/bin/chromium', source: 'installed' });
		expect(await findChromium({ ...linux, env: { RAPPORT_BROWSER: 'packaged', CHROMIUM_PATH: '/opt/my-chrome' }, exists })).toEqual({
			path: '/opt/my-chrome',
			source: 'CHROMIUM_PATH',
		});
		const noPackage = await findChromium({
			...linux,
			env: { RAPPORT_BROWSER: 'packaged' },
			exists,
			bundled: () => Promise.resolve(undefined),
		});
		expect(noPackage).toMatchObject({
			error: expect.stringContaining('RAPPORT_BROWSER is packaged, but the Chromium of @sparticuz/chromium is not installed'),
		});
	});

	it('says what to install when there is none at all', async () => {
		const none = await findChromium({ platform: 'darwin', env: {}, exists: () => false, bundled: () => Promise.resolve('/tmp/chromium') });
		expect(none).toMatchObject({ error: expect.stringContaining('No Chromium, Chrome or Edge found') });
		expect(none).toMatchObject({ error: expect.stringContaining('sudo apt-get install chromium') });
	});
});
