import { existsSync } from 'node:fs';

/** Where Chromium or Chrome usually lives, by system. Rapport never downloads a browser. */
const candidates = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
	'/Applications/Chromium.app/Contents/MacOS/Chromium',
	'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/** What to tell someone who has no browser to print with. */
export const installHelp = [
	'Install one, then run the command again:',
	'  Debian or Ubuntu:  sudo apt-get install chromium',
	'  Fedora:            sudo dnf install chromium',
	'  macOS or Windows:  install Google Chrome',
	'Or point CHROMIUM_PATH at a Chromium or Chrome you already have.',
].join('\n');

/** The browser to print with: `CHROMIUM_PATH` when set, else the first usual place that has one. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): { path: string } | { error: string } {
	const configured = env['CHROMIUM_PATH'];
	if (configured) {
		return existsSync(configured)
			? { path: configured }
			: { error: `CHROMIUM_PATH is ${configured}, but there is no browser there.\n${installHelp}` };
	}
	const found = candidates.find((candidate) => existsSync(candidate));
	return found ? { path: found } : { error: `No Chromium or Chrome found (looked in ${candidates.join(', ')}).\n${installHelp}` };
}
