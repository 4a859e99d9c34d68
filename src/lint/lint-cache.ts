import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Position } from 'unist';
import { VFile } from 'vfile';
import type { PageLint } from './lint-page.ts';

/** What is kept of one checked page: enough to rebuild its {@link PageLint} without parsing it. */
interface SavedPage {
	/** Digest of the page's text when it was checked. */
	digest: string;
	slug: string | undefined;
	messages: { reason: string; line: number; column: number; ruleId: string; fatal: boolean }[];
	blocks: { name: string; id: string; type: string; position: Position | undefined; outcome?: true }[];
	references: { kind: 'link' | 'image'; url: string; type: string; position: Position | undefined }[];
}

interface SavedCache {
	/** Everything besides a page's own text that its findings depend on. */
	key: string;
	pages: Record<string, SavedPage>;
}

/**
 * The results of checking each page, kept between builds in a file, so a
 * build after one page changed parses that page alone. A page is checked again
 * when its text changed; all of them are when `key` changed (Rapport's source,
 * its options, or the day, which review dates depend on).
 */
export class LintCache {
	readonly #file: string;
	readonly #key: string;
	readonly #saved: Record<string, SavedPage>;
	readonly #pages = new Map<string, SavedPage>();

	private constructor(file: string, key: string, saved: Record<string, SavedPage>) {
		this.#file = file;
		this.#key = key;
		this.#saved = saved;
	}

	/** Reads the cache at `file`; a missing, unreadable or outdated one starts empty. */
	static async open(file: string, key: string): Promise<LintCache> {
		try {
			const saved = JSON.parse(await readFile(file, 'utf8')) as SavedCache;
			return new LintCache(file, key, saved.key === key ? saved.pages : {});
		} catch {
			return new LintCache(file, key, {});
		}
	}

	/** The page at `path` as it was checked, if its text is still `contents`. */
	restore(path: string, contents: string): PageLint | undefined {
		const saved = this.#saved[path];
		if (!saved || saved.digest !== digestOf(contents)) return undefined;
		this.#pages.set(path, saved);
		const file = new VFile({ path, value: contents });
		for (const { reason, line, column, ruleId, fatal } of saved.messages) {
			file.message(reason, { place: { line, column }, ruleId, source: 'rapport' }).fatal = fatal;
		}
		return {
			file,
			slug: saved.slug,
			blocks: saved.blocks.map(({ name, id, type, position, outcome }) => ({
				name,
				id,
				node: nodeAt(type, position),
				...(outcome ? { outcome } : {}),
			})),
			references: saved.references.map(({ kind, url, type, position }) => ({ kind, url, node: nodeAt(type, position) })),
		};
	}

	/** Keeps `page`, just checked from `contents`; call before checks across pages add their findings to it. */
	keep(page: PageLint, contents: string): void {
		this.#pages.set(page.file.path, {
			digest: digestOf(contents),
			slug: page.slug,
			messages: page.file.messages.map((message) => ({
				reason: message.reason,
				line: message.line ?? 1,
				column: message.column ?? 1,
				ruleId: message.ruleId ?? 'rapport',
				fatal: message.fatal === true,
			})),
			blocks: page.blocks.map(({ name, id, node, outcome }) => ({
				name,
				id,
				type: node.type,
				position: node.position,
				...(outcome ? { outcome } : {}),
			})),
			references: page.references.map(({ kind, url, node }) => ({ kind, url, type: node.type, position: node.position })),
		});
	}

	/** Writes the pages restored or kept in this run (and no others) back to the file. */
	async save(): Promise<void> {
		const saved: SavedCache = { key: this.#key, pages: Object.fromEntries(this.#pages) };
		await mkdir(dirname(this.#file), { recursive: true });
		await writeFile(this.#file, JSON.stringify(saved));
	}
}

function digestOf(contents: string): string {
	return createHash('sha256').update(contents).digest('base64url');
}

function nodeAt(type: string, position: Position | undefined) {
	return position ? { type, position } : { type };
}
