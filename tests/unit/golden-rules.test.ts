import { describe, expect, it } from 'vitest';
import { count, render } from '../helpers/render.ts';

const rules = `:::golden-rules[The four golden rules]{#rules}
Say these to yourself before every shift.

1. **Be in control**: lead the conversation to a satisfying close.
2. **Be positive and confident**
3. **Drive the issue forward**
4. **Be consistent**
:::`;

describe('golden-rules', () => {
	it('renders the hook, id, title, intro and one rule per item', async () => {
		const { html, problems } = await render(rules);
		expect(problems).toEqual([]);
		expect(html).toContain('<section data-playbook="golden-rules" id="rules" aria-label="The four golden rules"');
		expect(html).toContain('<p class="rapport-title">The four golden rules</p>');
		expect(html).toContain('<p>Say these to yourself before every shift.</p>');
		expect(count(html, 'data-playbook-rule')).toBe(4);
		expect(html).toContain('<ol class="rapport-rules">');
		expect(html).toContain('<strong class="rapport-rule-name">Be in control</strong>: lead the conversation');
	});

	it('accepts an unordered list and a block without label', async () => {
		const { html, problems } = await render(':::golden-rules\n- Be kind\n- Be quick\n:::');
		expect(problems).toEqual([]);
		expect(html).toContain('<ul class="rapport-rules">');
		expect(html).toContain('aria-label="Golden rules"');
		expect(count(html, 'data-playbook-rule')).toBe(2);
	});

	it('reports a block without a list at the block', async () => {
		const { problems } = await render('Intro.\n\n:::golden-rules[Rules]\nJust words.\n:::');
		expect(problems).toEqual([
			{
				line: 3,
				column: 1,
				severity: 'error',
				message:
					'Unexpected golden-rules block without a list, expected one list of rules. Write each rule as a list item, e.g. `1. **Be in control**: lead the call to a good close.`',
			},
		]);
	});

	it('reports a second list at that list', async () => {
		const { problems } = await render(':::golden-rules\n- One\n\nBetween.\n\n- Two\n:::');
		expect(problems).toMatchObject([
			{ line: 6, column: 1, severity: 'error', message: expect.stringContaining('Unexpected second list in golden-rules') },
		]);
	});

	it('reports an empty list', async () => {
		const { problems } = await render(':::golden-rules\n-\n-\n:::');
		expect(problems).toMatchObject([
			{ line: 2, column: 1, severity: 'error', message: expect.stringContaining('Unexpected empty list in golden-rules') },
		]);
	});
});
