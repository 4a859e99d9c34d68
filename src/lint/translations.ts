import { relative } from 'node:path';
import type { Node, Point } from 'unist';
import type { VFile } from 'vfile';
import { report } from '../directives/problems.ts';
import { localeOfPath, translationKey, type PlaybookLocales } from '../i18n/locales.ts';
import type { PageBlock, PageLint } from './lint-page.ts';

/** A block and the blocks inside it, as a page nests them. */
interface Nested {
	block: PageBlock;
	children: Nested[];
}

/** The original and the translation being compared, and where messages go. */
interface Pair {
	/** The translation: findings are reported on it. */
	file: VFile;
	/** The original's path as findings show it (relative to the project root). */
	original: string;
}

/**
 * Warns about translations that no longer match their original: a page under a
 * locale's folder (`playbooks/fr/call-scripts/hold.md`) translates the default
 * language's page at the same path (`playbooks/call-scripts/hold.md`). Its blocks
 * with ids (cards, scripts, steps, fields, checklists, quizzes…) must be the
 * original's, with the same ids in the same order, and the same steps must end
 * the call: saved checklists, card pages and links to `#step` rely on the ids,
 * and a missing step is a branch of the call the agent cannot follow.
 * A translation without an original, or a folder that is no locale, is left alone.
 * Heading ids are not compared: they are slugs of the translated words.
 */
export function checkTranslations(pages: readonly PageLint[], folder: string, root: string, locales: PlaybookLocales): void {
	const originals = new Map<string, PageLint>();
	const translations: { page: PageLint; key: string }[] = [];
	for (const page of pages) {
		const path = relative(folder, page.file.path).split('\\').join('/');
		const key = translationKey(path, locales).replace(/\.mdx?$/, '');
		if (localeOfPath(path, locales) === locales.default) originals.set(key, page);
		else translations.push({ page, key });
	}
	for (const { page, key } of translations) {
		const original = originals.get(key);
		if (!original) continue;
		const pair = { file: page.file, original: relative(root, original.file.path) };
		compareChildren(nest(page.blocks), nest(original.blocks), undefined, pair);
	}
}

/** Compares the blocks inside `parent` (the page when undefined), name by name, then inside each block both have. */
function compareChildren(translated: Nested[], original: Nested[], parent: PageBlock | undefined, pair: Pair): void {
	const names = [...new Set([...original, ...translated].map((child) => child.block.name))];
	for (const name of names) {
		const mine = translated.filter((child) => child.block.name === name);
		const theirs = original.filter((child) => child.block.name === name);
		compareIds(
			name,
			mine.map((child) => child.block),
			theirs.map((child) => child.block.id),
			parent,
			pair,
		);
		for (const child of mine) {
			const counterpart = theirs.find((other) => other.block.id === child.block.id);
			if (!counterpart) continue;
			compareOutcome(child.block, counterpart.block, pair);
			compareChildren(child.children, counterpart.children, child.block, pair);
		}
	}
}

/**
 * One warning when the ids of the `kind` blocks inside `parent` (the page when
 * undefined) differ from the original's `expected`: at the first that differs
 * (else at `parent`), naming what is missing, extra, renamed or moved.
 */
function compareIds(kind: string, blocks: PageBlock[], expected: string[], parent: PageBlock | undefined, pair: Pair): void {
	const ids = blocks.map((block) => block.id);
	if (ids.join('\n') === expected.join('\n')) return;
	const first = blocks.find((block, index) => block.id !== expected[index]);
	const missing = expected.filter((id) => !ids.includes(id));
	const extra = ids.filter((id) => !expected.includes(id));
	// A new id where the original has one the translation lacks: most likely renamed.
	const renamed = extra.flatMap((id) => {
		const was = expected[ids.indexOf(id)];
		return was !== undefined && missing.includes(was) ? [{ id, was }] : [];
	});
	const lost = missing.filter((id) => !renamed.some((pairing) => pairing.was === id));
	const added = extra.filter((id) => !renamed.some((pairing) => pairing.id === id));
	const moved = ids.filter((id) => expected.includes(id)).join('\n') !== expected.filter((id) => ids.includes(id)).join('\n');
	const one = (list: string[], singular: string, several: string) => (list.length === 1 ? singular : several);
	const fixes = [
		...renamed.map(({ id, was }) => `Give the ${kind} \`${id}\` its original's id: \`{#${was}}\`.`),
		...(lost.length
			? [
					`Translate the missing ${one(lost, kind, plural(kind))} ${codes(lost)} (or remove ${one(lost, 'it', 'them')} from the original), keeping ${one(lost, 'its id', 'their ids')}.`,
				]
			: []),
		...(added.length
			? [`Remove the ${one(added, kind, plural(kind))} ${codes(added)} (or add ${one(added, 'it', 'them')} to the original too).`]
			: []),
		...(moved ? [`Put the ${plural(kind)} in the original's order: ${expected.join(', ')}.`] : []),
	];
	const found = parent
		? `${parent.name} \`${parent.id}\` ${ids.length ? `${plural(kind)} ${ids.join(', ')}` : `without ${plural(kind)}`}`
		: ids.length
			? `${plural(kind)} on the page: ${ids.join(', ')}`
			: `page without ${plural(kind)}`;
	report(pair.file, first?.node ?? parent?.node ?? blocks.at(-1)?.node ?? pageStart, {
		rule: 'translations/out-of-date',
		severity: 'warning',
		reason: `Unexpected ${found}; its original ${pair.original} has ${expected.join(', ') || 'none'}.`,
		fix: fixes.join(' '),
	});
}

/** A step of the translation must end the call where the original's does, and only there. */
function compareOutcome(block: PageBlock, original: PageBlock, pair: Pair): void {
	if (Boolean(block.outcome) === Boolean(original.outcome)) return;
	report(
		pair.file,
		block.node,
		block.outcome
			? {
					rule: 'translations/outcome',
					severity: 'warning',
					reason: `Unexpected outcome on ${block.name} \`${block.id}\`: in its original ${pair.original} that ${block.name} does not end the call.`,
					fix: `Take \`outcome\` off this one, or mark the original's \`{#${block.id} outcome}\` too.`,
				}
			: {
					rule: 'translations/outcome',
					severity: 'warning',
					reason: `Unexpected ${block.name} \`${block.id}\` without \`outcome\`: in its original ${pair.original} it ends the call.`,
					fix: `Mark it \`{#${block.id} outcome}\` (the outcome's words may be translated: \`{#${block.id} outcome="…"}\`), or take \`outcome\` off the original's.`,
				},
	);
}

/** Blocks in page order, each under the innermost block that holds it. */
function nest(blocks: readonly PageBlock[]): Nested[] {
	const top: Nested[] = [];
	const open: Nested[] = [];
	for (const block of blocks) {
		const nested = { block, children: [] };
		while (open.length && !holds(open.at(-1)?.block.node, block.node)) open.pop();
		(open.at(-1)?.children ?? top).push(nested);
		open.push(nested);
	}
	return top;
}

/** True when `outer` spans `inner` (both placed). */
function holds(outer: Node | undefined, inner: Node): boolean {
	const a = outer?.position;
	const b = inner.position;
	return Boolean(a && b && !before(b.start, a.start) && !before(a.end, b.end));
}

function before(a: Point, b: Point): boolean {
	return a.line < b.line || (a.line === b.line && a.column < b.column);
}

function codes(ids: string[]): string {
	return ids.map((id) => `\`${id}\``).join(', ');
}

/** `step` → `steps`, `quiz` → `quizzes`. */
function plural(name: string): string {
	return name.endsWith('z') ? `${name}zes` : `${name}s`;
}

/** Where a finding about the page as a whole goes. */
const pageStart: Node = { type: 'root', position: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } };
