import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, fixturePath, repoRoot, type CommandResult } from '../helpers/astro.ts';

const base = '/docs/';
const dist = `${fixturePath('base-path')}dist/`;

/** Every built HTML file of the fixture, with its path inside dist/. */
function htmlFiles(folder = dist): string[] {
	return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? htmlFiles(`${folder}${entry.name}/`) : entry.name.endsWith('.html') ? [`${folder}${entry.name}`] : [],
	);
}

/** Whether a site path (under `base`) is a file the built site serves. */
function served(path: string): boolean {
	const inside = decodeURI(path.slice(base.length));
	return (
		[inside, `${inside}index.html`, `${inside}/index.html`].some((candidate) => candidate !== '' && existsSync(`${dist}${candidate}`)) ||
		inside === ''
	);
}

describe('the default playbook under base: /docs/', () => {
	let build: CommandResult;
	beforeAll(() => {
		build = astroBuild('base-path', { RAPPORT_PLAYBOOKS: `${repoRoot}playbooks` });
	}, 240_000);

	it('builds, and every internal link and asset of every page is under /docs/ and is served', () => {
		expect(build.status, build.output).toBe(0);
		const broken = new Set<string>();
		for (const file of htmlFiles()) {
			const html = readFileSync(file, 'utf8');
			for (const [, url = ''] of html.matchAll(/(?:href|src)="(\/[^"#?]*)[^"]*"/g)) {
				// Starlight's default favicon comes from the project's public/ folder, which a fixture does not have.
				if (url.startsWith('//') || url === `${base}favicon.svg`) continue;
				if (!url.startsWith(base) || !served(url)) broken.add(`${file.slice(dist.length)} → ${url}`);
			}
		}
		expect([...broken]).toEqual([]);
	});
});
