import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { parse as parseToml, type TomlError } from 'smol-toml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { frontmatterHelp, playbookFrontmatter, type PlaybookFrontmatter } from '../content/frontmatter.ts';
import { frontmatterBlock, type FrontmatterBlock } from '../content/frontmatter-block.ts';
import { reviewState, isoDate } from '../content/review.ts';
import { report } from '../directives/problems.ts';

/** YAML aliases a frontmatter may expand: far more than any real page, far fewer than an "alias bomb". */
const maxAliasCount = 50;

/** What {@link checkFrontmatter} needs besides the page. */
export interface FrontmatterCheckOptions {
	reviewAfterDays: number;
	now: Date;
}

/**
 * Checks Rapport's frontmatter fields of `contents`, reporting on `file` at the
 * line and column of the offending value; warns when the page is due for review.
 * Returns the frontmatter as data ({} when there is none or it does not parse).
 */
export function checkFrontmatter(contents: string, file: VFile, options: FrontmatterCheckOptions): Record<string, unknown> {
	const block = frontmatterBlock(contents);
	if (!block) return {};
	if (block.toml) return checkToml(block, file, options);
	const lineCounter = new LineCounter();
	const document = parseDocument(block.yaml, { lineCounter, prettyErrors: false });
	const at = (offset: number | undefined): Node => {
		// The YAML text starts on the opening `---` line.
		const { line, col } = lineCounter.linePos(offset ?? 0);
		const point = { line: line + block.lineOffset, column: col };
		return { type: 'yaml', position: { start: point, end: point } };
	};
	for (const error of document.errors) {
		report(file, at(error.pos[0]), {
			rule: 'frontmatter/yaml',
			reason: `Unexpected YAML in the frontmatter: ${(error.message.split('\n')[0] ?? '').replace(/\.?$/, '.')}`,
			fix: 'Write one `key: value` per line; quote values that contain a colon, e.g. `situation: "Caller asks: where is my refund?"`.',
		});
	}
	if (document.errors.length > 0) return {};
	let data: unknown;
	try {
		data = document.toJS({ maxAliasCount });
	} catch (cause) {
		report(file, at(0), {
			rule: 'frontmatter/yaml',
			reason: `Unexpected YAML in the frontmatter: ${cause instanceof Error ? cause.message : String(cause)}.`,
			fix: 'Write each value out instead of repeating it through `&anchors` and `*aliases`.',
		});
		return {};
	}
	if (!isMap(document.contents)) {
		if (data !== null && data !== undefined) {
			report(file, at(0), {
				rule: 'frontmatter/yaml',
				reason: 'Unexpected frontmatter that is not a list of `key: value` lines.',
				fix: 'Write one `key: value` per line, e.g. `title: Caller is swearing`.',
			});
		}
		return {};
	}
	const written = document.contents.items.map((pair) => {
		const valueNode = pair.value as YamlNode | null;
		const keyOffset = isScalar(pair.key) ? pair.key.range?.[0] : 0;
		return {
			key: isScalar(pair.key) ? String(pair.key.value) : '',
			value: valueNode?.toJSON() as unknown,
			at: (item?: number) => {
				const node = item !== undefined && isSeq(valueNode) ? (valueNode.items[item] as YamlNode | undefined) : valueNode;
				return at(node?.range?.[0] ?? keyOffset);
			},
		};
	});
	checkFields(written, file, options);
	return data as Record<string, unknown>;
}

/** One frontmatter field as written: its value, and where it (or its n-th item) is in the file. */
interface WrittenField {
	key: string;
	value: unknown;
	at: (item?: number) => Node;
}

/** Checks Rapport's fields among `written` against their schema; warns when the page is due for review. */
function checkFields(written: WrittenField[], file: VFile, options: FrontmatterCheckOptions): void {
	const fields = playbookFrontmatter.shape;
	for (const { key, value, at } of written) {
		if (!(key in fields)) continue;
		const field = key as keyof PlaybookFrontmatter;
		const result = fields[field].safeParse(value);
		if (!result.success) {
			const badIndex = result.error.issues[0]?.path[0];
			const item = typeof badIndex === 'number' && Array.isArray(value) ? badIndex : undefined;
			const shown = item !== undefined ? (value as unknown[])[item] : value;
			report(file, at(item), {
				rule: `frontmatter/${field}`,
				reason: `Unexpected ${field} ${JSON.stringify(shown ?? null)}, expected ${frontmatterHelp[field].expected}.`,
				fix: `Write it like \`${frontmatterHelp[field].example}\`.`,
			});
			continue;
		}
		if (field !== 'reviewed') continue;
		const state = reviewState(result.data as Date | undefined, options.reviewAfterDays, options.now);
		if (!state?.due) continue;
		report(file, at(), {
			rule: 'frontmatter/review-due',
			severity: 'warning',
			reason: `Page is due for review: reviewed ${isoDate(result.data as Date)}, ${state.ageDays} days ago (more than ${options.reviewAfterDays}).`,
			fix: `Check it is still true, then write \`reviewed: ${isoDate(options.now)}\`.`,
		});
	}
}

/** TOML frontmatter (`+++`), which Astro reads too: its syntax, then Rapport's fields at the line of each key. */
function checkToml(block: FrontmatterBlock, file: VFile, options: FrontmatterCheckOptions): Record<string, unknown> {
	const lineAt = (line: number, column = 1): Node => {
		const point = { line: line + block.lineOffset, column };
		return { type: 'toml', position: { start: point, end: point } };
	};
	let data: Record<string, unknown>;
	try {
		data = parseToml(block.yaml);
	} catch (cause) {
		const { line = 1, column = 1, message = String(cause) } = cause as Partial<TomlError>;
		report(file, lineAt(line, column), {
			rule: 'frontmatter/toml',
			reason: `Unexpected TOML in the frontmatter: ${(message.split('\n')[0] ?? '').replace(/\.?$/, '.')}`,
			fix: 'Write one `key = value` per line, with text in quotes, e.g. `situation = "Caller is swearing"`.',
		});
		return {};
	}
	const lines = block.yaml.split('\n');
	const lineOf = (key: string) => lines.findIndex((line) => new RegExp(`^\\s*["']?${key}["']?\\s*=`).test(line)) + 1 || 1;
	checkFields(
		Object.entries(data).map(([key, value]) => ({ key, value, at: () => lineAt(lineOf(key)) })),
		file,
		options,
	);
	return data;
}
