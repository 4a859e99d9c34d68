import type { VFile } from 'vfile';
import { report } from './problems.ts';

/** How big and deep a page may be before parsing it would take seconds: far beyond any real playbook page. */
const pageLimits = {
	/** Characters in one page (about 400 printed pages). */
	characters: 2_000_000,
	/** Containers, lists and quotes inside one another. */
	depth: 40,
};

const fenceLine = /^ {0,3}(`{3,}|~{3,})/;
const containerOpener = /^\s*(?:>\s*)*(:{3,})[A-Za-z]/;
const containerFence = /^\s*(?:>\s*)*(:{3,})\s*$/;
/** Leading quote and list markers, and indentation, of a line: how deep its content sits. */
const nestingPrefix = /^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))+/;

/**
 * Checks, before parsing, that `contents` is within {@link pageLimits}: the
 * Markdown parser takes seconds on a page with a thousand unclosed containers
 * or lists hundreds of levels deep. Reports the first line past a limit on
 * `file` and returns false when the page should not be parsed.
 */
export function withinLimits(contents: string, file: VFile): boolean {
	if (contents.length > pageLimits.characters) {
		report(file, at(1), {
			rule: 'page/too-large',
			reason: `Unexpected page of ${contents.length.toLocaleString('en')} characters, expected at most ${pageLimits.characters.toLocaleString('en')}.`,
			fix: 'Split it into several pages, e.g. one per situation.',
		});
		return false;
	}
	let open = 0;
	let fence: string | undefined;
	const lines = contents.split(/\r?\n/);
	for (const [index, line] of lines.entries()) {
		const code = fenceLine.exec(line)?.[1];
		if (code && (!fence || (code[0] === fence[0] && code.length >= fence.length))) fence = fence ? undefined : code;
		if (fence) continue;
		if (containerOpener.test(line)) open++;
		else if (containerFence.test(line)) open = Math.max(0, open - 1);
		const depth = open + nestingOf(line);
		if (depth > pageLimits.depth) {
			report(file, at(index + 1), {
				rule: 'page/too-deep',
				reason: `Unexpected nesting ${depth} levels deep (blocks, lists and quotes inside one another), expected at most ${pageLimits.depth}.`,
				fix: 'Close each `:::` block before the next one opens, and keep lists a few levels deep.',
			});
			return false;
		}
	}
	return true;
}

/** The levels of quotes and lists a line's content sits in: each marker one, each two columns of indentation one (a nested `- ` list's step). */
function nestingOf(line: string): number {
	const prefix = nestingPrefix.exec(line)?.[0] ?? /^[ \t]*/.exec(line)?.[0] ?? '';
	const markers = prefix.match(/>|[-*+]|\d{1,9}[.)]/g)?.length ?? 0;
	const indentation = prefix.replace(/[^ \t]/g, '').replace(/\t/g, '    ').length;
	return markers + Math.floor(indentation / 2);
}

function at(line: number) {
	const point = { line, column: 1 };
	return { type: 'root', position: { start: point, end: point } };
}
