import { describe, expect, it } from 'vitest';
import { count, render } from '../helpers/render.ts';

const listening = `::::quiz[How well do I listen?]{low="Never" high="All the time"}
- My mind wanders when I talk with people on the phone.
- I finish people's sentences for them.
:::result{min=2 max=4}
You listen well. Keep it up.
:::
:::result{min=5 max=10}
Pick one habit above and work on it for two weeks.
:::
::::`;

describe('quiz and result', () => {
	it('renders a radio group per statement, labelled at both ends, and the results with their ranges', async () => {
		const { html, problems } = await render(listening);
		expect(problems).toEqual([]);
		expect(html).toContain(
			'<section data-playbook="quiz" id="how-well-do-i-listen" aria-label="How well do I listen?" data-statements="2"',
		);
		expect(count(html, '<fieldset class="rapport-quiz__statement">')).toBe(2);
		expect(count(html, 'type="radio"')).toBe(10);
		expect(html).toContain("<legend>2. I finish people's sentences for them.</legend>");
		expect(html).toContain('<span class="sr-only"> (Never)</span>');
		expect(html).toContain('<span class="sr-only"> (All the time)</span>');
		expect(html).toContain(
			'<div data-playbook="result" data-min="2" data-max="4" class="rapport-quiz__result"><p class="rapport-quiz__range">Total 2–4</p>',
		);
	});

	it('reports a quiz with no statements', async () => {
		const { problems } = await render('::::quiz[Q]\n:::result{min=1 max=5}\nx\n:::\n::::');
		expect(problems).toMatchObject([
			{ line: 1, column: 1, severity: 'error', message: expect.stringMatching(/^Unexpected quiz without statements/) },
		]);
	});

	it('reports a range outside the possible totals', async () => {
		const { problems } = await render('::::quiz[Q]\n- One\n- Two\n:::result{min=1 max=12}\nx\n:::\n::::');
		expect(problems).toEqual([
			{
				line: 4,
				column: 1,
				severity: 'error',
				message:
					'Unexpected result range 1–12, expected totals between 2 and 10 (2 statements rated 1 to 5). Keep min and max within 2–10.',
			},
		]);
	});

	it('reports overlapping ranges, naming the other one', async () => {
		const { problems } = await render('::::quiz[Q]\n- One\n- Two\n:::result{min=2 max=6}\nx\n:::\n:::result{min=6 max=10}\ny\n:::\n::::');
		expect(problems).toMatchObject([
			{ line: 7, column: 1, message: expect.stringMatching(/^Unexpected result range 6–10: it overlaps 2–6 \(line 4\)/) },
		]);
	});

	it('reports a range that is not two numbers', async () => {
		const { problems } = await render('::::quiz[Q]\n- One\n:::result{min=3}\nx\n:::\n::::');
		expect(problems).toMatchObject([{ line: 3, column: 1, message: expect.stringMatching(/^Unexpected result range `min=3 max=`/) }]);
	});

	it('reports a result outside a quiz', async () => {
		const { problems } = await render(':::result{min=1 max=2}\nx\n:::');
		expect(problems).toMatchObject([{ message: expect.stringMatching(/^Unexpected `:::result` outside `quiz`/) }]);
	});
});
