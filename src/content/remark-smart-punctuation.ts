import type { UnifiedResolvedOptions } from '@astrojs/markdown-remark';
import type { InlineCode, Nodes, Parents, Root, Text } from 'mdast';
import { retext } from 'retext';
import retextSmartypants, { type Options } from 'retext-smartypants';
import { visit } from 'unist-util-visit';

type Literal = Text | InlineCode;

const blockTypes = new Set<string>(['paragraph', 'heading', 'tableCell']);
const literalTypes = new Set<string>(['text', 'inlineCode']);
const unstyledElements = new Set(['style', 'script']);
/** Text the second pass can change: dashes, ellipses and backtick quotes. */
const marks = /--|\.\s?\.|``|''/;

/**
 * Curly quotes, dashes and ellipses in text, as Astro's own SmartyPants step
 * (remark-smartypants) renders them, for a fraction of its time: it parses a
 * whole page into sentences for quotes and again every text node for the rest,
 * which was a sixth of a big playbook's build. This runs retext-smartypants on
 * each paragraph, heading and table cell that has a quote, and on each text
 * that has a dash, dot pair or backtick quote; everything else is left as it is.
 * Code is never changed. `options` are retext-smartypants' (default: all on).
 */
export function remarkSmartPunctuation(options: Options = {}) {
	const quotes = retext().use(retextSmartypants, { ...options, ellipses: false, dashes: false, backticks: false });
	const rest = retext().use(retextSmartypants, { ...options, quotes: false });
	return (tree: Root) => {
		for (const literals of literalsByBlock(tree)) {
			// Code keeps its place in the sentence (a quote beside it stays a closing one) but is never changed.
			const text = literals.map((node) => (node.type === 'text' ? node.value : 'A'.repeat(node.value.length))).join('');
			// Quotes turn one character into one, so each text's slice stays where it was.
			const quoted = /["']/.test(text) ? String(quotes.processSync(` ${text} `)).slice(1, -1) : text;
			let start = 0;
			for (const node of literals) {
				const end = start + node.value.length;
				if (node.type === 'text') {
					const value = quoted.slice(start, end);
					node.value = marks.test(value) ? String(rest.processSync(value)) : value;
				}
				start = end;
			}
		}
	};
}

/**
 * Puts {@link remarkSmartPunctuation} in the place of Astro's own SmartyPants
 * step on a unified processor's options, with the same setting: the
 * processor's `smartypants`, else Astro's `markdown.smartypants` (`fallback`),
 * else on. `false` leaves punctuation as written.
 */
export function replaceAstroSmartypants(options: UnifiedResolvedOptions, fallback: boolean | Options | undefined): void {
	const setting = options.smartypants ?? fallback ?? true;
	options.smartypants = false;
	// First, as Astro runs its step before every other plugin.
	if (setting !== false) options.remarkPlugins.unshift([remarkSmartPunctuation, setting === true ? {} : setting]);
}

/** The text and inline code of a page, grouped by the paragraph, heading or table cell they are in. */
function literalsByBlock(tree: Root): Literal[][] {
	const groups: Literal[][] = [[]];
	visit(tree, (node: Nodes, _index, parent: Parents | undefined) => {
		if (!parent || !isProse(parent)) return;
		if (blockTypes.has(node.type)) groups.push([]);
		else if (literalTypes.has(node.type)) groups.at(-1)?.push(node as Literal);
	});
	return groups.filter((group) => group.length > 0);
}

/** Text inside `<style>` or `<script>` (or a JSX fragment) in MDX is not prose. */
function isProse(parent: Parents): boolean {
	if (parent.type !== 'mdxJsxTextElement') return true;
	const name: unknown = 'name' in parent ? parent.name : undefined;
	return typeof name === 'string' && !unstyledElements.has(name);
}
