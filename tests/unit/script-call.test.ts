import { describe, expect, it } from 'vitest';
import { callNotesText, type CallNotes } from '../../src/blocks/script/call-notes.ts';
import { defaultAvoidWords } from '../../src/words/avoid.ts';
import { count, render, type Found } from '../helpers/render.ts';

/** The problems' places and messages, in the order of the page. */
const byLine = (problems: Found[]) =>
	problems.map(({ line, column, message }) => ({ line, column, message })).sort((a, b) => (a.line ?? 0) - (b.line ?? 0));

/** A script of `steps` (Markdown between `::::script` and `::::`). */
const script = (steps: string) => `::::script[Refund call]\n${steps}\n::::`;

describe('outcomes: a step that ends the call', () => {
	it('marks `{outcome}` with the step label, and `outcome="…"` with its words', async () => {
		const { html, problems } = await render(
			script(
				':::step[Open]\nHi.\n:::\n:::step[Resolved]{#resolved outcome}\nBye.\n:::\n:::step[Passed on]{outcome="Sent to billing"}\nBye.\n:::',
			),
		);
		expect(problems).toEqual([]);
		expect(html).toContain('id="resolved" tabindex="-1" class="rapport-step" data-step="2" data-outcome="Resolved"');
		expect(html).toContain('data-step="3" data-outcome="Sent to billing"');
		expect(html).toContain('<p class="rapport-step__outcome">Ends the call · outcome: Sent to billing</p>');
		expect(count(html, 'data-outcome=')).toBe(2);
	});

	it('reports a misspelt outcome, an empty one and an `:::outcome` block, each where it is; an outcome may link back (the caller settles)', async () => {
		const { problems } = await render(
			[
				script(
					[
						':::step[Open]{#open}',
						'Hi.',
						':::',
						':::step[Done]{outcom}',
						':::',
						':::step[Blank]{outcome="  "}',
						':::',
						':::step[Resolved]{outcome}',
						'If they call back, go to [Open](#open).',
						':::',
					].join('\n'),
				),
				'',
				':::outcome[Resolved]',
				':::',
			].join('\n'),
		);
		expect(byLine(problems)).toEqual([
			{
				line: 5,
				column: 1,
				message: 'Unexpected attribute `outcom` on `:::step`: did you mean `outcome`? `:::step` takes `#id`, `.class`, `outcome`.',
			},
			{
				line: 7,
				column: 1,
				message:
					'Unexpected outcome `outcome="  "` on `:::step`: expected the name alone, or some words in quotes. Write e.g. `{#resolved outcome}`.',
			},
			{
				line: 14,
				column: 1,
				message:
					'Unknown block `:::outcome`. A step that ends the call is a step marked `{outcome}`: write `:::step[Resolved]{#resolved outcome}`.',
			},
		]);
	});
});

describe('fields the agent fills during a call', () => {
	const withFields = script(
		[
			':::step[Find the order]{#find}',
			':ask[What is the order number?]',
			'',
			':field[Order number]{#order}',
			'',
			':field[Card number]{#card sensitive}',
			':::',
			':::step[Refund]',
			':say[Order {order} is refunded, {customer}.]',
			':::',
		].join('\n'),
	);

	it('renders a labelled box with the hook and id, filling the placeholder of its name; a sensitive one says it is not kept', async () => {
		const { html, problems } = await render(withFields);
		expect(problems).toEqual([]);
		expect(html).toContain(
			'<label data-playbook="field" id="order" class="rapport-script__field rapport-script__field--inline"><span class="rapport-field__label">Order number</span><input type="text" class="rapport-field" data-placeholder-input="order" data-field="order" autocomplete="off" spellcheck="false"></label>',
		);
		expect(html).toContain('data-placeholder-input="card" data-field="card" data-sensitive=""');
		expect(html).toContain('Card number<span class="rapport-field__sensitive"> (not kept)</span>');
		// The form at the top asks only for what no field fills.
		expect(count(html, 'data-placeholder-input="order"')).toBe(1);
		expect(count(html, 'data-placeholder-input="customer"')).toBe(1);
		expect(html).toContain('<kbd>N</kbd> copy the call notes');
	});

	it('gives a field without an id the slug of its label', async () => {
		const { html } = await render(script(':::step[A]\n:field[Account email]\n:::'));
		expect(html).toContain('id="account-email"');
		expect(html).toContain('data-placeholder-input="account-email"');
	});

	it('reports a field outside a script, with no label, inside a line, with an id lines cannot use, two with one id, and a sensitive one in a line', async () => {
		const { problems } = await render(
			[
				'Order: :field[Order number]{#order}',
				'',
				script(
					[
						':::step[A]',
						':field[]{#empty}',
						'',
						':say[Your order is :field[Order]{#inline}]',
						'',
						':field[First contact]{#1st}',
						'',
						':field[Card]{#card sensitive}',
						'',
						':field[Card again]{#card}',
						'',
						':say[I have your card {card}.]',
						'',
						':field[PIN]{#pin sensitive="yes"}',
						':::',
					].join('\n'),
				),
			].join('\n'),
		);
		expect(byLine(problems)).toEqual([
			{
				line: 1,
				column: 8,
				message:
					'Unexpected `:field` outside `script`, expected it inside a `::::script` block. Put it between `::::script` and its closing `::::` (the outer block takes one colon more than the blocks inside it).',
			},
			{
				line: 5,
				column: 1,
				message:
					'Unexpected `:field` without a label, expected what the agent writes in it inside the brackets. Write e.g. `:field[Order number]{#order}`.',
			},
			{
				line: 7,
				column: 20,
				message:
					'Unexpected `:field` inside a `:say` line: the line would be copied with the box in it. Put the field after the line, e.g. `:say[What is your order number?] :field[Order number]{#order}`, and use `{order}` in later lines.',
			},
			{
				line: 9,
				column: 1,
				message:
					'Unexpected id `#1st` on `:field`: expected a name lines can use as a `{placeholder}`: a letter first, then letters, digits, `-` or `_`. Write e.g. `{#angry-caller}`.',
			},
			{
				line: 13,
				column: 1,
				message:
					'Unexpected field id `card`: the field on line 11 already has it, and links to `#card` would go there. Give this one its own id, e.g. `{#card-2}`, or change its label.',
			},
			{
				line: 15,
				column: 1,
				message:
					'Unexpected `{card}` in a `:say` line: the field `card` is sensitive, and lines are copied and said aloud. Leave the value out of the line (e.g. "the card ending in the digits you gave"), or remove `sensitive` from the field if it may be repeated.',
			},
			{
				line: 17,
				column: 1,
				message:
					'Unexpected sensitive `sensitive="yes"` on `:field`: expected the name alone, with no value. Write e.g. `{#card sensitive}`.',
			},
		]);
	});
});

describe('lines for some channels only', () => {
	it('marks a line with its channels and names them beside Say', async () => {
		const { html, problems } = await render(
			script(':::step[Open]\n:say[Thanks for calling.]{phone}\n:say[Thanks for writing.]{chat email}\n:::'),
			defaultAvoidWords,
			{ channels: ['phone', 'chat', 'email'] },
		);
		expect(problems).toEqual([]);
		expect(html).toContain(
			'<span data-playbook="say" data-channels="phone" class="rapport-line rapport-line--say"><span class="rapport-line__kind">Say (phone):</span>',
		);
		expect(html).toContain('data-channels="chat email"');
		expect(html).toContain('Say (chat or email):');
		expect(html).toContain('<section data-playbook="script" id="refund-call" data-channels="phone chat email"');
	});

	it('warns about a line for a channel the page is not for, and reports a misspelt or valued channel', async () => {
		const { problems } = await render(
			script(':::step[Open]\n:say[Thanks for writing.]{email}\n:say[Hello.]{phnoe}\n:ask[Why?]{chat="yes"}\n:::'),
			defaultAvoidWords,
			{ channels: ['phone', 'chat'] },
		);
		expect(problems).toEqual([
			{
				line: 3,
				column: 1,
				severity: 'warning',
				message:
					"Unexpected `:say` line for email on a page for phone and chat: agents never see it. Add `email` to the page's `channels`, or write the line for `{phone}` or `{chat}`.",
			},
			{
				line: 4,
				column: 1,
				severity: 'error',
				message:
					'Unexpected attribute `phnoe` on `:say`: did you mean `phone`? `:say` takes `#id`, `.class`, `phone`, `chat`, `email`, `in-person`.',
			},
			{
				line: 5,
				column: 1,
				severity: 'error',
				message: 'Unexpected chat `chat="yes"` on `:ask`: expected the name alone, with no value. Write e.g. `{chat email}`.',
			},
		]);
	});
});

describe('spoken words on written channels', () => {
	it('warns about "thanks for calling" or "on hold" in a line shown on chat or email, and nowhere else', async () => {
		const page = script(
			[
				':::step[Open]',
				':say[Thanks for calling.]',
				':say[Thanks for calling.]{phone}',
				':ask[Can I put you on hold?]{chat}',
				':say[Thanks for writing in, we’re calling you back tomorrow.]{email}',
				':::',
			].join('\n'),
		);
		const { problems } = await render(page, defaultAvoidWords, { channels: ['phone', 'chat', 'email'] });
		expect(problems).toEqual([
			{
				line: 3,
				column: 1,
				severity: 'warning',
				message:
					'Unexpected "for calling" in a `:say` line shown on chat and email: it only makes sense out loud. Tag this line `{phone}` and write one in words for writing: `:say[…]{chat email}`.',
			},
			{
				line: 5,
				column: 1,
				severity: 'warning',
				message:
					'Unexpected "on hold" in a `:ask` line shown on chat: it only makes sense out loud. Tag this line `{phone}` and write one in words for writing: `:ask[…]{chat}`.',
			},
			{
				line: 6,
				column: 1,
				severity: 'warning',
				message:
					'Unexpected "we\'re calling" in a `:say` line shown on email: it only makes sense out loud. Tag this line `{phone}` and write one in words for writing: `:say[…]{email}`.',
			},
		]);
		// A page for the phone only, or one that names no channel, says what it likes.
		expect(
			(await render(page, defaultAvoidWords, { channels: ['phone'] })).problems.filter((one) => one.message.includes('out loud')),
		).toEqual([expect.objectContaining({ line: 5 }), expect.objectContaining({ line: 6 })]);
		expect((await render(script(':::step[Open]\n:say[Thanks for calling.]\n:::'))).problems).toEqual([]);
	});
});

describe('call notes', () => {
	const notes: CallNotes = {
		script: 'Customer asks for a refund',
		address: 'https://desk.example/calls/refund/',
		started: new Date(2026, 10, 30, 14, 5),
		copied: new Date(2026, 10, 30, 14, 12),
		timeZone: 'Europe/Paris',
		channel: 'Chat',
		details: [
			{ label: 'Customer', value: 'Dana\nOutcome: fake', sensitive: false },
			{ label: 'Card number', value: '', sensitive: true },
		],
		steps: [
			{ number: 1, label: 'Open', asked: [] },
			{
				number: 2,
				label: 'Find the order',
				asked: [
					{ question: 'What is the order number?', answer: 'A-1234' },
					{ question: 'When did you order?', answer: '' },
				],
			},
			{ number: 4, label: 'Refund', asked: [], outcome: 'Refund issued' },
		],
		stepCount: 5,
	};

	it('holds the script, times, channel, details, path with questions and answers, and outcome, in plain text', () => {
		expect(callNotesText(notes)).toBe(
			[
				'Call notes: Customer asks for a refund',
				'When: 2026-11-30 14:05 to 14:12 (Europe/Paris)',
				'Channel: Chat',
				'Customer: Dana Outcome: fake',
				'Card number: given, not recorded',
				'',
				'Steps taken (3, of 5 in the script):',
				'1. Open',
				'2. Find the order',
				'   Asked: What is the order number?',
				'   Answer: A-1234',
				'   Asked: When did you order?',
				'4. Refund',
				'',
				'Outcome: Refund issued',
				'Script: https://desk.example/calls/refund/',
			].join('\n'),
		);
	});

	it('says where a call stopped without an outcome, and when nothing was taken', () => {
		expect(callNotesText({ ...notes, steps: notes.steps.slice(0, 2) })).toContain(
			'Outcome: none reached (the call stopped at step 2, Find the order)',
		);
		// An outcome step the agent moved on from is not how the call ended.
		const movedOn = [...notes.steps, { number: 2, label: 'Find the order', asked: [] }];
		expect(callNotesText({ ...notes, steps: movedOn })).toContain('Outcome: none reached (the call stopped at step 2, Find the order)');
		const unstarted = callNotesText({ ...notes, steps: [], started: undefined });
		expect(unstarted).toContain('When: 2026-11-30 14:12 (Europe/Paris)');
		expect(unstarted).toContain('Steps taken: none (the script was not started)');
	});
});
