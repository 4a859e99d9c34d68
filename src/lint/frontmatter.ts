import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { frontmatterHelp, playbookFrontmatter, type PlaybookFrontmatter } from '../content/frontmatter.ts';
import { frontmatterBlock } from '../content/frontmatter-block.ts';
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
			reason: `Unexpected YAML in the frontmatter: ${error.message.split('\n')[0]}`,
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
	const fields = playbookFrontmatter.shape;
	for (const pair of document.contents.items) {
		const key = isScalar(pair.key) ? String(pair.key.value) : '';
		if (!(key in fields)) continue;
		const field = key as keyof PlaybookFrontmatter;
		const valueNode = pair.value as YamlNode | null;
		const value: unknown = valueNode?.toJSON();
		const result = fields[field].safeParse(value);
		if (!result.success) {
			const badIndex = result.error.issues[0]?.path[0];
			const badNode = typeof badIndex === 'number' && isSeq(valueNode) ? (valueNode.items[badIndex] as YamlNode) : valueNode;
			const shown = typeof badIndex === 'number' && Array.isArray(value) ? value[badIndex] : value;
			report(file, at(badNode?.range?.[0] ?? (isScalar(pair.key) ? pair.key.range?.[0] : 0)), {
				rule: `frontmatter/${field}`,
				reason: `Unexpected ${field} ${JSON.stringify(shown ?? null)}, expected ${frontmatterHelp[field].expected}.`,
				fix: `Write it like \`${frontmatterHelp[field].example}\`.`,
			});
			continue;
		}
		if (field === 'reviewed') {
			const state = reviewState(result.data as Date | undefined, options.reviewAfterDays, options.now);
			if (state?.due) {
				report(file, at(valueNode?.range?.[0]), {
					rule: 'frontmatter/review-due',
					severity: 'warning',
					reason: `Page is due for review: reviewed ${isoDate(result.data as Date)}, ${state.ageDays} days ago (more than ${options.reviewAfterDays}).`,
					fix: `Check it is still true, then write \`reviewed: ${isoDate(options.now)}\`.`,
				});
			}
		}
	}
	return data as Record<string, unknown>;
}
