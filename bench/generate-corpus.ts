import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const sectionNames = [
	'billing',
	'onboarding',
	'interruptions',
	'accounts',
	'shipping',
	'returns',
	'security',
	'partners',
	'training',
	'escalations',
];

/** One generated page: every block of the authoring syntax, with text to search. */
function page(section: string, number: number): string {
	const id = `${section}-${number}`;
	return `---
title: ${section} case ${number}
description: Generated page ${number} of the ${section} section.
situation: A customer needs help with ${section}, case ${number}
channels: [${number % 2 ? 'phone' : 'chat'}]
keywords: [${section}, case ${number}, generated]
owner: Bench
reviewed: 2026-11-01
sidebar:
  order: ${number}
---

A customer calls about ${section}. Listen first, then help. This page is number ${number} of its section.

:::golden-rules[Rules for ${section}]
1. **Be in control**: lead the call.
2. **Be positive**: say what you can do.
:::

::::dos-donts[Do and avoid]
:::do
- Listen for the facts.
:::
:::dont
- Interrupt.
:::
::::

:::checklist[Before a call about ${section}]{#check-${id}}
- [ ] Account open.
- [ ] Notes ready.
:::

::::script[Help with ${section} case ${number}]{#script-${id}}
:::step[Open]{#open}
:say[Thanks for calling about ${section}, this is {agent}. How can I help, {customer}?]
:::
:::step[Listen]{#listen}
:ask[What happened first?]

If they are upset, go to [Reassure](#reassure).
:::
:::step[Reassure]{#reassure}
:say[I understand. I'll stay with this until it's sorted.]
:::
::::

:::card[${section} ${number}]{#card-${id} size="a7"}
- Open warmly.
- Listen first.

---

Close with the next step.
:::

::::quiz[Quick check]{low="Never" high="Always"}
- I listen before I answer.
- I say what happens next.
:::result{min=2 max=5}
Good.
:::
:::result{min=6 max=10}
Practise.
:::
::::

See [the first page of this section](./case-1.md) and [another section](../${sectionNames[0]}/case-1.md).
`;
}

/**
 * Writes a playbook of `pages` generated pages into `folder` (emptied first),
 * spread over up to ten sections, each page using every block.
 */
export function generateCorpus(folder: string, pages: number): void {
	rmSync(folder, { recursive: true, force: true });
	const sections = Math.min(sectionNames.length, Math.max(1, Math.ceil(pages / 10)));
	mkdirSync(folder, { recursive: true });
	writeFileSync(join(folder, 'index.md'), '# Generated playbook\n\nA playbook made for tests and benchmarks.\n');
	for (let index = 0; index < pages - 1; index++) {
		const section = sectionNames[index % sections] ?? 'misc';
		const number = Math.floor(index / sections) + 1;
		mkdirSync(join(folder, section), { recursive: true });
		writeFileSync(join(folder, section, `case-${number}.md`), page(section, number));
	}
}
