import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { authoringPlugins } from '../../src/authoring/plugins.ts';
import { blocks } from '../../src/blocks/index.ts';
import { remarkPlaybook } from '../../src/directives/remark-playbook.ts';
import { remarkShowProblems } from '../../src/directives/remark-show-problems.ts';

describe('the dev-time problem banner', () => {
	it('opens a page with its errors, at the lines of the file (frontmatter included)', async () => {
		const contents = '---\ntitle: T\n---\n\nIntro.\n\n:::checklist[Empty]\nNo list.\n:::\n';
		const path = join(mkdtempSync(join(tmpdir(), 'rapport-')), 'page.md');
		writeFileSync(path, contents);
		// Astro hands remark the page without its frontmatter and the blank line after it.
		const file = new VFile({ path, value: 'Intro.\n\n:::checklist[Empty]\nNo list.\n:::\n' });
		const html = String(
			await unified()
				.use(remarkParse)
				.use(remarkDirective)
				.use(remarkPlaybook, { blocks })
				.use(remarkShowProblems)
				.use(remarkRehype)
				.use(rehypeStringify)
				.process(file),
		);
		expect(html).toMatch(/^<div role="alert" data-rapport-problems="" class="rapport-problems">/);
		expect(html).toContain('<li>Line 7, column 1: Unexpected checklist without a list');
	});

	it('writes lines of the file inside messages too, through the site’s authoring plugins', async () => {
		const contents = '---\ntitle: T\n---\n\nIntro.\n\n:::checklist[Open]\n- [ ] One\n\nMore.\n';
		const path = join(mkdtempSync(join(tmpdir(), 'rapport-')), 'page.md');
		writeFileSync(path, contents);
		const file = new VFile({ path, value: 'Intro.\n\n:::checklist[Open]\n- [ ] One\n\nMore.' });
		const html = String(
			await unified()
				.use(remarkParse)
				.use(remarkDirective)
				.use(authoringPlugins({ playbooks: dirname(path), avoidWords: {} }))
				.use(remarkShowProblems)
				.use(remarkRehype)
				.use(rehypeStringify)
				.process(file),
		);
		expect(html).toContain('<li>Line 7, column 1: Unexpected <code>:::checklist</code>'.replace(/<\/?code>/g, '`'));
		expect(html).toContain('it takes in everything up to line 10.');
	});

	it('leaves a page without errors alone', async () => {
		const html = String(await unified().use(remarkParse).use(remarkShowProblems).use(remarkRehype).use(rehypeStringify).process('Fine.'));
		expect(html).toBe('<p>Fine.</p>');
	});
});
