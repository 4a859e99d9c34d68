import { describe, expect, it } from 'vitest';
import { render } from '../helpers/render.ts';

describe('unknown directives', () => {
	it('reports an unknown container with the nearest known name', async () => {
		const { problems } = await render('Intro\n\n:::golden-rule[Rules]\n- A\n:::');
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ line: 3, column: 1, severity: 'error' });
		expect(problems[0]?.message).toMatch(/^Unknown block `:::golden-rule`\. Did you mean `:::golden-rules`\?/);
	});

	it('reports an unknown leaf directive with the nearest name', async () => {
		const { problems } = await render('  ::checklst');
		expect(problems).toMatchObject([
			{ line: 1, column: 3, message: expect.stringMatching(/^Unknown block `::checklst`\. Did you mean `:::checklist`\?/) },
		]);
	});

	it('lists the known names when nothing is close', async () => {
		const { problems } = await render(':::zzzzzzzz\nx\n:::');
		expect(problems[0]?.message).not.toContain('Did you mean');
		expect(problems[0]?.message).toContain(
			'Known blocks: golden-rules, dos-donts, do, dont, checklist, card, script, step, field, say, ask, quiz, result, note, tip, caution, danger.',
		);
	});

	it('keeps Starlight asides and unknown text directives valid', async () => {
		const { problems } = await render(':::tip[Did you know?]\nCall back at 10:30 or ratio:2.\n:::');
		expect(problems).toEqual([]);
	});
});
