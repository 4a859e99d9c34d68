import { describe, expect, it } from 'vitest';
import { count, render } from '../helpers/render.ts';

describe('checklist', () => {
	it('renders a box per item, ticked where the author wrote [x], with the reset control', async () => {
		const { html, problems } = await render(
			':::checklist[Before every shift: my biases]{#bias-check}\n- [ ] I have named my biases.\n- [x] I keep them out of the call.\n- A plain item.\n:::',
		);
		expect(problems).toEqual([]);
		expect(html).toContain('<section data-playbook="checklist" id="bias-check"');
		expect(count(html, 'type="checkbox"')).toBe(3);
		expect(count(html, ' checked')).toBe(1);
		expect(html).toContain('<input type="checkbox" id="bias-check-1" checked class="rapport-paper-box">');
		expect(html).toContain('<span>A plain item.</span>');
		expect(html).not.toContain('disabled');
		expect(html).toContain('<button type="button" class="rapport-control" data-rapport-reset="" hidden>Clear all ticks</button>');
	});

	it('takes its id from the slug of the label', async () => {
		const { html } = await render(':::checklist[Before every shift: my biases]\n- One\n:::');
		expect(html).toContain('id="before-every-shift-my-biases"');
	});

	it('reports a checklist without a list', async () => {
		const { problems } = await render('# Page\n\n:::checklist[Empty]\nNothing to tick.\n:::');
		expect(problems).toEqual([
			{
				line: 3,
				column: 1,
				severity: 'error',
				message:
					'Unexpected checklist without a list, expected one list of things to check. Write each check as a list item, e.g. `- [ ] I have named my biases.`',
			},
		]);
	});

	it('reports two checklists with one id on a page', async () => {
		const { problems } = await render(':::checklist[Same]\n- A\n:::\n\n:::checklist[Same]\n- B\n:::');
		expect(problems).toMatchObject([
			{ line: 5, column: 1, message: expect.stringContaining('checklist id `same`: the checklist on line 1 already has it') },
		]);
	});
});
