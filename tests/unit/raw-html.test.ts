import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { checkProcessor } from '../../src/authoring/check-processor.ts';

/** Renders a page as the site would with raw HTML allowed through to the page (as Astro does). */
async function render(markdown: string, rawHtml: boolean, path = '/playbook/page.md') {
	const file = new VFile({ path, value: markdown });
	const processor = checkProcessor({ playbooks: '/playbook', avoidWords: {}, rawHtml, mdx: path.endsWith('.mdx') })
		.use(remarkRehype, { allowDangerousHtml: true })
		.use(rehypeStringify, { allowDangerousHtml: true });
	const result = await processor.process(file);
	return { html: String(result), errors: result.messages.filter((message) => message.fatal).map((message) => message.reason) };
}

describe('raw HTML in pages', () => {
	const page = 'Press <kbd>Mute</kbd>.\n\n<img src="x" onerror="alert(1)">\n';

	it('passes through by default: the playbook’s authors are trusted', async () => {
		const { html } = await render(page, true);
		expect(html).toContain('<kbd>Mute</kbd>');
		expect(html).toContain('<img src="x" onerror="alert(1)">');
	});

	it('is shown as text with rawHtml: false, and an .mdx page is refused', async () => {
		const { html } = await render(page, false);
		expect(html).not.toContain('<img');
		expect(html).toContain('&#x3C;img src="x" onerror="alert(1)">');
		const mdx = await render('# T\n\nHello.\n', false, '/playbook/page.mdx');
		expect(mdx.errors).toEqual([expect.stringContaining('Unexpected .mdx page: its JSX and expressions run as code')]);
	});
});
