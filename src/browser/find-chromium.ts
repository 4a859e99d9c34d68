import { existsSync } from 'node:fs';

/** A browser to drive: where it is, where it came from, and the flags it needs besides Rapport's own. */
export interface FoundBrowser {
	path: string;
	/** `CHROMIUM_PATH`, a browser installed on the machine, or the Chromium inside the `@sparticuz/chromium` package. */
	source: 'CHROMIUM_PATH' | 'installed' | 'bundled';
	args: readonly string[];
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
 */
export async function findChromium(lookup: Partial<BrowserLookup> = {}): Promise<FoundBrowser | { error: string }> {
	const { env = process.env, platform = process.platform, exists = existsSync, bundled = bundledChromium } = lookup;
	const configured = env['CHROMIUM_PATH'];
	if (configured) {
		return exists(configured)
			? { path: configured, source: 'CHROMIUM_PATH', args: [] }
			: { error: `CHROMIUM_PATH is ${configured}, but there is no browser there.\n${installHelp}` };
	}
	const candidates = installedCandidates(platform, env);
	const installed = candidates.find((candidate) => exists(candidate));
	if (installed) return { path: installed, source: 'installed', args: [] };
	const packaged = platform === 'linux' ? await bundled() : undefined;
	if (packaged) return { path: packaged, source: 'bundled', args: bundledArgs };
	return { error: `No Chromium, Chrome or Edge found (looked in ${candidates.join(', ')}).\n${installHelp}` };
}

/** The packaged Chromium is a single-process headless shell. */
const bundledArgs = ['--single-process', '--no-zygote'];

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
