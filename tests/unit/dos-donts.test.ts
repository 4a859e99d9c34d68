import { describe, expect, it } from 'vitest';
import { render } from '../helpers/render.ts';

describe('dos-donts', () => {
	it('renders both sides with their hooks, in the order written', async () => {
		const { html, problems } = await render(
			'::::dos-donts[Zero in on the caller]{#zero-in}\n:::dont\n- Interrupt.\n:::\n:::do\n- Be polite.\n- Listen for cues.\n:::\n::::',
		);
		expect(problems).toEqual([]);
		expect(html).toContain('<section data-playbook="dos-donts" id="zero-in" aria-label="Zero in on the caller"');
		expect(html.indexOf('data-playbook="dont"')).toBeLessThan(html.indexOf('data-playbook="do"'));
		expect(html).toContain('Don’t</p>');
		expect(html).toContain('<li>Listen for cues.</li>');
	});

	it('accepts one side alone', async () => {
		const { problems } = await render('::::dos-donts\n:::do\n- Smile.\n:::\n::::');
		expect(problems).toEqual([]);
	});

	it('reports a side outside dos-donts', async () => {
		const { problems } = await render('Text.\n\n:::do\n- Smile.\n:::');
		expect(problems).toEqual([
			{
				line: 3,
				column: 1,
				severity: 'error',
				message:
					'Unexpected `:::do` outside `dos-donts`, expected it inside a `::::dos-donts` block. Put it between `::::dos-donts` and its closing `::::` (the outer block takes one colon more than the blocks inside it).',
			},
		]);
	});

	it('reports a block with neither side', async () => {
		const { problems } = await render('::::dos-donts[Nothing]\n- A list alone.\n::::');
		expect(problems).toMatchObject([
			{ line: 1, column: 1, message: expect.stringMatching(/^Unexpected dos-donts block without `:::do` or `:::dont`/) },
		]);
	});

	it('reports a second do at the second one', async () => {
		const { problems } = await render('::::dos-donts\n:::do\n- A\n:::\n:::do\n- B\n:::\n::::');
		expect(problems).toMatchObject([{ line: 5, column: 1, message: expect.stringMatching(/^Unexpected second `:::do` in dos-donts/) }]);
	});

	it('reports a side without a list', async () => {
		const { problems } = await render('::::dos-donts\n:::dont\nJust a sentence.\n:::\n::::');
		expect(problems).toMatchObject([{ line: 2, column: 1, message: expect.stringMatching(/^Unexpected `:::dont` without a list/) }]);
	});
});
