import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { checkProcessor } from '../../src/authoring/check-processor.ts';
import { pageData } from '../../src/directives/page-data.ts';
import { remarkSectionLines } from '../../src/search/remark-section-lines.ts';
import { defaultAvoidWords } from '../../src/words/avoid.ts';

/** The first line of each section of a page, as search results show them. */
async function linesOf(markdown: string): Promise<Record<string, string>> {
	const file = new VFile({ value: markdown, path: '/playbook/page.md' });
	const processor = checkProcessor({ playbooks: '/playbook', avoidWords: defaultAvoidWords }).use(remarkSectionLines);
	await processor.run(processor.parse(file), file);
	return pageData(file).search.lines;
}

describe('remarkSectionLines', () => {
	it('keeps the first line to say or ask of each heading and step, by the id a result opens it at', async () => {
		const lines = await linesOf(`Open with :say[Thanks for calling, this is {agent}.]

## When they are upset

:ask[What happened?] Then :say[I see.]

::::script[Call]
:::step[Listen]{#listen}
:say[Tell me more, {customer}.]
:::
:::step[Close]
No line here.
:::
::::

## Words to avoid

Nothing to say.
`);
		expect(lines).toEqual({
			'': 'Thanks for calling, this is {agent}.',
			'when-they-are-upset': 'What happened?',
			listen: 'Tell me more, {customer}.',
		});
	});

	it('shows a line for every channel before one for some channels only, and that one when it is all the step has', async () => {
		const lines = await linesOf(`::::script[Call]
:::step[Open]{#open}
:say[Thanks for calling.]{phone}
:say[Thanks for writing.]{chat email}
:say[How can I help?]
:::
:::step[Hold]{#hold}
:ask[Can I put you on hold?]{phone}
:::
::::
`);
		expect(lines).toEqual({ open: 'How can I help?', hold: 'Can I put you on hold?' });
	});
});
