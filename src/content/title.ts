import { basename, dirname } from 'node:path';
import { humanize } from './page-route.ts';

/**
 * The title of a page that has none in its frontmatter: its first `# Heading`
 * (outside code blocks), else its file name made readable (`index.md` takes
 * its folder's name).
 */
export function derivedTitle(contents: string, filePath: string): string {
	return firstHeading(contents) ?? titleFromPath(filePath);
}

function firstHeading(contents: string): string | undefined {
	let fence: string | undefined;
	for (const line of contents.split(/\r?\n/)) {
		const opener = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
		if (opener && (!fence || opener.startsWith(fence))) {
			fence = fence ? undefined : opener;
			continue;
		}
		if (fence) continue;
		const heading = /^ {0,3}#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/.exec(line)?.[1];
		if (heading) return heading.replace(/[*_`]/g, '').trim();
	}
	return undefined;
}

function titleFromPath(filePath: string): string {
	const name = basename(filePath).replace(/\.(md|mdx)$/i, '');
	return humanize(name === 'index' ? basename(dirname(filePath)) : name);
}
