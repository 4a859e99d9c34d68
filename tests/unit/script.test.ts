import { describe, expect, it } from 'vitest';
import { scriptRecords } from '../../src/blocks/script/record.ts';
import { count, render } from '../helpers/render.ts';

const upset = `::::script[Caller is upset about a service interruption]
:::step[Open]{#open}
:say[Thanks for calling, this is {agent}. How can I help you, {customer}?]
:::
:::step[Listen]{#listen}
Let them have their say. Don't interrupt.
:ask[What were you working on when it stopped?]
If they are still angry, go to [Acknowledge](#acknowledge).
:::
:::step[Acknowledge]{#acknowledge}
:say[I understand how disruptive this is, {customer}.]
:::
::::`;

describe('script and step', () => {
	it('renders the script, numbered steps with ids, and the hooks', async () => {
		const { html, problems } = await render(upset);
		expect(problems).toEqual([]);
		expect(html).toContain('<section data-playbook="script" id="caller-is-upset-about-a-service-interruption"');
		expect(html).toContain('<ol class="rapport-script__steps" start="1">');
		expect(count(html, 'data-playbook="step"')).toBe(3);
		// Each step is a titled anchor for search: a result can open the script at it.
		expect(html).toContain(
			'<li data-playbook="step" id="listen" tabindex="-1" class="rapport-step" data-step="2" data-pagefind-title="Step 2: Listen">',
		);
		expect(html).toContain('<span class="rapport-step__number" aria-hidden="true">3</span><span>Acknowledge</span>');
	});

	it('turns #links to steps into branches that know the step number', async () => {
		const { html } = await render(upset);
		expect(html).toContain('<a href="#acknowledge" data-step-link="acknowledge" data-step-number="3">Acknowledge</a>');
	});

	it('offers a field per placeholder, once, and the keys', async () => {
		const { html } = await render(upset);
		expect(count(html, 'data-placeholder-input=')).toBe(2);
		expect(html).toContain(
			'<span>Agent</span><input type="text" class="rapport-field" data-placeholder-input="agent" autocomplete="off" spellcheck="false">',
		);
		expect(html).toContain('<kbd>J</kbd> next step');
	});

	it('records the script and its first line for the situations index and search', async () => {
		const { data } = await render(upset);
		expect(scriptRecords.of(data)).toEqual([
			{
				id: 'caller-is-upset-about-a-service-interruption',
				label: 'Caller is upset about a service interruption',
				firstLine: 'Thanks for calling, this is {agent}. How can I help you, {customer}?',
			},
		]);
	});

	it('gives steps without an id the slug of their label', async () => {
		const { html } = await render('::::script[S]\n:::step[Say hello]\nHi.\n:::\n::::');
		expect(html).toContain('id="say-hello"');
	});

	it('reports a step outside a script', async () => {
		const { problems } = await render(':::step[Open]\nHi\n:::');
		expect(problems).toMatchObject([{ line: 1, column: 1, message: expect.stringMatching(/^Unexpected `:::step` outside `script`/) }]);
	});

	it('reports a script with no step', async () => {
		const { problems } = await render('Intro\n\n::::script[Empty]\nJust text.\n::::');
		expect(problems).toEqual([
			{
				line: 3,
				column: 1,
				severity: 'error',
				message:
					'Unexpected script without a step, expected one `:::step[…]` or more. Inside it, write `:::step[Open]`, what to do and say, then `:::`; close the script with `::::`.',
			},
		]);
	});

	it('reports two steps with one id', async () => {
		const { problems } = await render('::::script[S]\n:::step[A]{#a}\nx\n:::\n:::step[B]{#a}\ny\n:::\n::::');
		expect(problems).toMatchObject([
			{ line: 5, column: 1, message: expect.stringContaining('Unexpected step id `a`: the step on line 2 already has it') },
		]);
	});

	it('reports a #link to a step that does not exist, at the link', async () => {
		const { problems } = await render('::::script[S]\n:::step[Open]{#open}\nGo to [close](#close).\n:::\n::::');
		expect(problems).toEqual([
			{
				line: 3,
				column: 7,
				severity: 'error',
				message:
					'Unexpected link to `#close`: no step of this script has that id. Link to one of `#open`, or give the step you mean `{#close}`.',
			},
		]);
	});
});

describe('say and ask', () => {
	it('marks lines to say and ask, with placeholders and a copy control', async () => {
		const { html, problems } = await render('Then :say[Hello {customer}, I am {agent}.] and :ask[Which {product}?]');
		expect(problems).toEqual([]);
		expect(html).toContain(
			'<span data-playbook="say" class="rapport-line rapport-line--say"><span class="rapport-line__kind">Say:</span> <q class="rapport-line__text">Hello <span data-placeholder="customer" class="rapport-placeholder">{customer}</span>, I am <span data-placeholder="agent" class="rapport-placeholder">{agent}</span>.</q><button type="button" class="rapport-copy rapport-control" data-copy="" data-pagefind-ignore="" hidden>Copy</button></span>',
		);
		expect(html).toContain('<span data-playbook="ask" class="rapport-line rapport-line--ask"><span class="rapport-line__kind">Ask:</span>');
	});

	it('reports an empty line', async () => {
		const { problems } = await render('Text :say[] and :ask[  ]');
		expect(problems).toMatchObject([
			{
				line: 1,
				column: 6,
				severity: 'error',
				message: expect.stringMatching(/^Unexpected empty `:say\[\]`, expected the words to say inside the brackets/),
			},
			{ line: 1, column: 17, severity: 'error', message: expect.stringMatching(/^Unexpected empty `:ask\[\]`/) },
		]);
	});

	it('warns about avoided words at their own column, any inflection, with the suggestion', async () => {
		const { problems } = await render('Intro.\n\n:say[Sorry, the system crashed during the Outages.]');
		expect(problems).toEqual([
			{
				line: 3,
				column: 24,
				severity: 'warning',
				message: 'Unexpected "crashed" in a `:say` line: customers take it literally. Say "stopped working" instead.',
			},
			{
				line: 3,
				column: 43,
				severity: 'warning',
				message: 'Unexpected "Outages" in a `:say` line: customers take it literally. Say "service interruption" instead.',
			},
		]);
	});

	it('uses the configured list of words', async () => {
		const { problems } = await render(':ask[Did it glitch?]', { glitch: 'stop' });
		expect(problems).toMatchObject([{ line: 1, column: 13, message: expect.stringContaining('"glitch"') }]);
		expect((await render(':say[It crashed.]', {})).problems).toEqual([]);
	});

	it('leaves avoided words alone outside say and ask lines', async () => {
		expect((await render('Our last outage taught us a lot.')).problems).toEqual([]);
	});
});
