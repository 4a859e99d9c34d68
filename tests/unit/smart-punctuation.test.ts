import { readFileSync } from 'node:fs';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import { glob } from 'tinyglobby';
import { unified, type Pluggable } from 'unified';
import { describe, expect, it } from 'vitest';
import { unified as unifiedProcessor } from '@astrojs/markdown-remark';
import { remarkSmartPunctuation, replaceAstroSmartypants } from '../../src/content/remark-smart-punctuation.ts';

function html(markdown: string, plugin: Pluggable): string {
	const processor = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).use([plugin]).use(remarkRehype).use(rehypeStringify);
	return String(processor.processSync(markdown));
}

const tricky = [
	`"Quoted," she said. 'Single' too, and it's the '80s.`,
	`He said, "'Quoted' words in a larger quote."`,
	`A "quote around **bold**" and [a "link"](x.md) and "\`code\`".`,
	'`"code is never changed"` but "text is".',
	'Dashes -- like this --- and dots... and . . . spaced.',
	"``Backtick quotes'' and \"Ratings definitions''",
	'# A "heading" -- with marks\n\n| "a" | b--c |\n| --- | --- |\n| it\'s | "x" |',
	':::tip\n"Inside a directive," they said.\n:::',
	'"Open quote at the end of a paragraph\n\nand a new one" here.',
	'```\n"fenced" -- code...\n```',
];

describe('remarkSmartPunctuation', () => {
	it.each(tricky)('renders %j as remark-smartypants does', (markdown) => {
		expect(html(markdown, remarkSmartPunctuation)).toBe(html(markdown, remarkSmartypants));
	});

	it('renders every page of the default playbook as remark-smartypants does', async () => {
		const pages = await glob('playbooks/**/*.md', { absolute: true });
		expect(pages.length).toBeGreaterThan(10);
		for (const page of pages) {
			const markdown = readFileSync(page, 'utf8');
			expect(html(markdown, remarkSmartPunctuation), page).toBe(html(markdown, remarkSmartypants));
		}
	});

	it('passes its options on to retext-smartypants', () => {
		expect(html('"a" -- b', [remarkSmartPunctuation, { dashes: 'oldschool', openingQuotes: { double: '«', single: '‹' } }])).toBe(
			'<p>«a” – b</p>',
		);
	});

	describe('in the place of Astro’s own step', () => {
		const other = () => undefined;
		const optionsOf = (smartypants?: boolean | { dashes: 'oldschool' }) =>
			unifiedProcessor({ remarkPlugins: [other], ...(smartypants === undefined ? {} : { smartypants }) }).options;

		it('runs first, with Astro’s step off, when nothing is set', () => {
			const options = optionsOf();
			replaceAstroSmartypants(options, undefined);
			expect(options.smartypants).toBe(false);
			expect(options.remarkPlugins).toEqual([[remarkSmartPunctuation, {}], other]);
		});

		it('takes the processor’s options, else Astro’s markdown.smartypants', () => {
			const fromProcessor = optionsOf({ dashes: 'oldschool' });
			replaceAstroSmartypants(fromProcessor, true);
			expect(fromProcessor.remarkPlugins[0]).toEqual([remarkSmartPunctuation, { dashes: 'oldschool' }]);
			const fromAstro = optionsOf();
			replaceAstroSmartypants(fromAstro, { dashes: 'oldschool' });
			expect(fromAstro.remarkPlugins[0]).toEqual([remarkSmartPunctuation, { dashes: 'oldschool' }]);
		});

		it('leaves punctuation as written when either says false', () => {
			for (const [processor, astro] of [
				[false, undefined],
				[undefined, false],
			] as const) {
				const options = optionsOf(processor);
				replaceAstroSmartypants(options, astro);
				expect(options.smartypants).toBe(false);
				expect(options.remarkPlugins).toEqual([other]);
			}
		});
	});
});
