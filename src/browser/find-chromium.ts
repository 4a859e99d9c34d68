import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A browser to drive: where it is, where it came from, and what it needs in its environment. */
export interface FoundBrowser {
	path: string;
	/** `CHROMIUM_PATH`, a browser installed on the machine, or the Chromium inside the `@sparticuz/chromium` package. */
	source: 'CHROMIUM_PATH' | 'installed' | 'bundled';
	/** Variables to launch it with besides the process's own. */
	env?: Record<string, string>;
}

/** What {@link findChromium} looks at; tests give their own. */
export interface BrowserLookup {
	env: NodeJS.ProcessEnv;
	platform: NodeJS.Platform;
	exists: (path: string) => boolean;
	/** The packaged Chromium's executable, unpacked on first use; undefined when the package is not installed. */
	bundled: () => Promise<string | undefined>;
}

/** Where Chrome, Chromium and Edge are installed, by system. Rapport never downloads a browser. */
export function installedCandidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] {
	if (platform === 'darwin') {
		return ['Google Chrome', 'Chromium', 'Microsoft Edge'].map((app) => `/Applications/${app}.app/Contents/MacOS/${app}`);
	}
	if (platform === 'win32') {
		const roots = [env['PROGRAMFILES'] ?? 'C:\\Program Files', env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)', env['LOCALAPPDATA']];
		return roots
			.filter((root): root is string => Boolean(root))
			.flatMap((root) => [`${root}\\Google\\Chrome\\Application\\chrome.exe`, `${root}\\Microsoft\\Edge\\Application\\msedge.exe`]);
	}
	return [
		'/usr/bin/chromium',
		'/usr/bin/chromium-browser',
		'/usr/bin/google-chrome',
		'/usr/bin/google-chrome-stable',
		'/usr/bin/microsoft-edge',
		'/snap/bin/chromium',
	];
}

/** What to tell someone who has no browser to print with. */
export const installHelp = [
	'Install one, then run the command again:',
	'  Debian or Ubuntu:  sudo apt-get install chromium',
	'  Fedora:            sudo dnf install chromium',
	'  macOS or Windows:  install Google Chrome or Microsoft Edge',
	'Or run `npm install` again (it installs a Chromium in node_modules on Linux),',
	'or point CHROMIUM_PATH at a Chromium, Chrome or Edge you already have.',
].join('\n');

/**
 * The browser to print and test with: `CHROMIUM_PATH` when set (an error if
 * nothing is there), else Chrome, Chromium or Edge where the system installs
 * them, else the Chromium inside the `@sparticuz/chromium` package (Linux
 * x64 and arm64), so a machine where only `npm install` has run can print.
 * `RAPPORT_BROWSER=packaged` skips the installed ones, so CI runs what a
 * machine with no browser runs. The packaged Chromium is launched like any
 * other: its package's own flags (`--single-process`, `--no-zygote`) are for
 * one-page serverless use and end the browser at its second context.
 */
export async function findChromium(lookup: Partial<BrowserLookup> = {}): Promise<FoundBrowser | { error: string }> {
	const { env = process.env, platform = process.platform, exists = existsSync, bundled = bundledChromium } = lookup;
	const configured = env['CHROMIUM_PATH'];
	if (configured) {
		return exists(configured)
			? { path: configured, source: 'CHROMIUM_PATH' }
			: { error: `CHROMIUM_PATH is ${configured}, but there is no browser there.\n${installHelp}` };
	}
	const onlyPackaged = env['RAPPORT_BROWSER'] === 'packaged';
	const candidates = onlyPackaged ? [] : installedCandidates(platform, env);
	const installed = candidates.find((candidate) => exists(candidate));
	if (installed) return { path: installed, source: 'installed' };
	const packaged = platform === 'linux' ? await bundled() : undefined;
	if (packaged) return { path: packaged, source: 'bundled', env: packagedFonts(env, exists) };
	if (onlyPackaged)
		return {
			error: `RAPPORT_BROWSER is packaged, but the Chromium of @sparticuz/chromium is not installed (it is, on Linux, after \`npm install\`).\n${installHelp}`,
		};
	return { error: `No Chromium, Chrome or Edge found (looked in ${candidates.join(', ')}).\n${installHelp}` };
}

/**
 * The packaged Chromium finds fonts through fontconfig. A minimal Linux has no
 * fontconfig setup (`/etc/fonts/fonts.conf`), and there it would print pages
 * with no text at all: point it at the fonts its package unpacked beside it.
 * Elsewhere it uses the system's fonts, which cover more of the page's symbols.
 */
function packagedFonts(env: NodeJS.ProcessEnv, exists: (path: string) => boolean): Record<string, string> {
	if (env['FONTCONFIG_PATH'] || env['FONTCONFIG_FILE'] || exists('/etc/fonts/fonts.conf')) return {};
	return { FONTCONFIG_PATH: join(tmpdir(), 'fonts') };
}

/** The executable of `@sparticuz/chromium`, unpacked into the temporary folder on first use; undefined without the package. */
async function bundledChromium(): Promise<string | undefined> {
	try {
		const { default: chromium } = (await import('@sparticuz/chromium')) as {
			default: { executablePath: (input?: string) => Promise<string> };
		};
		const path = await chromium.executablePath();
		return existsSync(path) ? path : undefined;
	} catch {
		return undefined;
	}
}
