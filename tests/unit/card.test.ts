import { describe, expect, it } from 'vitest';
import { count, render } from '../helpers/render.ts';
import { estimateFit } from '../../src/blocks/card/fit.ts';
import { cardRecords } from '../../src/blocks/card/record.ts';

const activeListening = `:::card[Active listening]{#active-listening size="a7"}
- Clear your desk.
- Let them have their say.

---

**Back:** paraphrase before you answer.
:::`;

describe('card', () => {
	it('renders its hook, id, size and both faces', async () => {
		const { html, problems } = await render(activeListening);
		expect(problems).toEqual([]);
		expect(html).toContain('<section data-playbook="card" id="active-listening" data-size="a7" aria-label="Card: Active listening"');
		expect(html).toContain('style="--card-width:74mm;--card-height:105mm;--card-font:8.5pt"');
		expect(html).toMatch(/<div class="rapport-card__face" data-face="front"><p class="rapport-card__title">Active listening<\/p><ul>/);
		expect(html).toContain(
			'<div class="rapport-card__face" data-face="back"><p><strong>Back:</strong> paraphrase before you answer.</p></div>',
		);
		expect(html).not.toContain('<hr>');
		expect(html).toContain(
			'<p class="rapport-card__actions"><a href="/cards/active-listening/" class="rapport-card__print">Print this card</a></p>',
		);
	});

	it('has a front only without ---, size a6 and the label slug as id by default', async () => {
		const { html, problems } = await render(':::card[Opening a call]\nSmile as you pick up.\n:::');
		expect(problems).toEqual([]);
		expect(html).toContain('id="opening-a-call" data-size="a6"');
		expect(count(html, 'data-face=')).toBe(1);
	});

	it('records the card for /cards/, with each face as HTML', async () => {
		const { data } = await render(activeListening);
		expect(cardRecords.of(data)).toEqual([
			{
				id: 'active-listening',
				label: 'Active listening',
				labelHtml: 'Active listening',
				size: 'a7',
				front: '<ul>\n<li>Clear your desk.</li>\n<li>Let them have their say.</li>\n</ul>',
				back: '<p><strong>Back:</strong> paraphrase before you answer.</p>',
			},
		]);
	});

	it('keeps blocks inside a card rendered in its recorded faces', async () => {
		const { data } = await render(':::card[Shift start]\n:::checklist[Ready]\n- Headset\n:::\n:::');
		expect(cardRecords.of(data)[0]?.front).toContain('data-playbook="checklist"');
	});

	it('reports a card without a label', async () => {
		const { problems } = await render('Intro.\n\n:::card{size="a7"}\nText\n:::');
		expect(problems).toEqual([
			{
				line: 3,
				column: 1,
				severity: 'error',
				message:
					'Unexpected card without a label, expected its title in brackets. Write `:::card[Active listening]`: the label is the title printed on the card.',
			},
		]);
	});

	it('reports an unknown size with the nearest one', async () => {
		const { problems } = await render(':::card[X]{size="a5"}\nText\n:::');
		expect(problems).toEqual([
			{
				line: 1,
				column: 1,
				severity: 'error',
				message: 'Unexpected size `size="a5"` on `:::card`: expected one of `a6`, `a7`, `3x5`, `4x6`. Did you mean `size="a6"`?',
			},
		]);
	});

	it('reports a second --- at that break', async () => {
		const { problems } = await render(':::card[X]\nFront\n\n---\n\nBack\n\n***\n\nMore\n:::');
		expect(problems).toMatchObject([
			{ line: 8, column: 1, severity: 'error', message: expect.stringMatching(/^Unexpected second `---` in a card/) },
		]);
	});

	it('reports two cards with one id on a page', async () => {
		const { problems } = await render(':::card[Same]\nA\n:::\n\n:::card[Same]\nB\n:::');
		expect(problems).toMatchObject([
			{ line: 5, column: 1, message: expect.stringContaining('card id `same`: the card on line 1 already has it') },
		]);
	});

	it('warns when a face will not fit its size', async () => {
		const long = Array.from({ length: 30 }, (_, index) => `- Point ${index}: say what you will do, then do it, and tell the caller.`).join(
			'\n',
		);
		const { problems } = await render(`:::card[Too much]{size="a7"}\n${long}\n:::`);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ line: 1, column: 1, severity: 'warning' });
		expect(problems[0]?.message).toMatch(
			/^Card `too-much`: its front will not fit the A7 card \(about \d+ lines of text, room for \d+\)\. Shorten it, move some of it to the back/,
		);
	});
});

describe('estimateFit', () => {
	it('gives a small card less room than a large one', () => {
		const nodes = [{ type: 'paragraph' as const, children: [{ type: 'text' as const, value: 'word '.repeat(60) }] }];
		const a7 = estimateFit(nodes, 'a7', true);
		const a6 = estimateFit(nodes, 'a6', true);
		expect(a7.room).toBeLessThan(a6.room);
		expect(a7.lines).toBeGreaterThan(a6.lines);
	});
});
