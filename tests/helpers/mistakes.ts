/**
 * One minimal page per kind of author mistake, with where it must be reported:
 * `check` and `astro build` must both fail on each, at that line.
 */
export interface Mistake {
	/** The page's file name in the fixture's playbooks/ folder. */
	page: string;
	contents: string;
	/** The line (of the file, frontmatter included) and column the error must name. */
	line: number;
	column: number;
	/** A fragment of the message. */
	says: string;
	/** Another mistake on the same page, which must be reported too. */
	also?: { line: number; column: number; says: string };
}

const top = (title: string) => `---\ntitle: ${title}\n---\n\n`;

/** Mistakes in a page's body: the build gate reports them all at once. */
export const bodyMistakes: Mistake[] = [
	{
		page: 'unclosed-container.md',
		contents: `${top('Unclosed')}:::checklist[Shift]\n- [ ] One\n\n## Later heading\n\nMore text.\n`,
		line: 5,
		column: 1,
		says: 'Unexpected `:::checklist` that is never closed',
	},
	{
		page: 'unclosed-quote.md',
		contents: `${top('Quote')}:::card[Desk]{size="a7}\nFront.\n:::\n`,
		line: 5,
		column: 1,
		says: 'a quoted attribute value never closes',
	},
	{
		page: 'empty-id.md',
		contents: `${top('Empty id')}:::card[Desk]{#}\nFront.\n:::\n`,
		line: 5,
		column: 1,
		says: 'a bare `#` or `.` with no name',
	},
	{
		page: 'space-before-label.md',
		contents: `${top('Space')}:::card [Desk]\nFront.\n:::\n`,
		line: 5,
		column: 1,
		says: 'there is a space between the name and its `[label]`',
	},
	{
		page: 'unclosed-label.md',
		contents: `${top('Label')}:::card[Desk\nFront.\n:::\n`,
		line: 5,
		column: 1,
		says: 'its `[label` never closes with `]`',
	},
	{
		page: 'unclosed-say.md',
		contents: `${top('Say')}Greet them. :say[Thanks for calling\n`,
		line: 5,
		column: 13,
		says: 'never closes on its line',
	},
	{
		page: 'stray-fence.md',
		contents: `${top('Stray')}:::checklist[Shift]\n- [ ] One\n:::\n\n:::\n`,
		line: 9,
		column: 1,
		says: 'it closes no block',
	},
	{
		page: 'fence-in-list.md',
		contents: `${top('In list')}:::checklist[Shift]\n- [ ] One\n      :::\n`,
		line: 7,
		column: 7,
		says: 'inside a paragraph or list item',
	},
	{
		page: 'unknown-attribute.md',
		contents: `${top('Sise')}:::card[Desk]{sise="a7"}\nFront.\n:::\n`,
		line: 5,
		column: 1,
		says: 'Unexpected attribute `sise` on `:::card`: did you mean `size`?',
	},
	{
		page: 'id-with-slash.md',
		contents: `${top('Slash')}:::card[Desk]{#desk/front}\nFront.\n:::\n`,
		line: 5,
		column: 1,
		says: 'Unexpected id `#desk/front` on `:::card`',
	},
	{
		page: 'id-with-dots.md',
		contents: `${top('Dots')}:::checklist[Shift]{#..}\n- [ ] One\n:::\n`,
		line: 5,
		column: 1,
		says: 'Unexpected `:::checklist[Shift]{#..}`',
	},
	{
		page: 'heading-and-step.md',
		contents: `${top('Heading and step')}## Open\n\n::::script[Call]\n:::step[Open]\nHello.\n:::\n::::\n`,
		line: 8,
		column: 1,
		says: 'Unexpected step id `open`: the heading on line 5 already has it',
	},
	{
		page: 'two-blocks-one-id.md',
		contents: `${top('Two ids')}:::golden-rules[Rules]{#rules}\n- One\n:::\n\n:::checklist[Rules]{#rules}\n- [ ] One\n:::\n`,
		line: 9,
		column: 1,
		says: 'Unexpected checklist id `rules`: the golden-rules on line 5 already has it',
	},
	{
		page: 'reference-link-to-missing-step.md',
		contents: `${top('Reference')}::::script[Call]\n:::step[Open]\nIf angry, go to [calm down][calm].\n:::\n::::\n\n[calm]: #calm\n`,
		line: 7,
		column: 17,
		says: 'Unexpected link to `#calm`',
	},
	{
		page: 'html-link-to-missing-step.md',
		contents: `${top('HTML link')}::::script[Call]\n:::step[Open]\n\n<a href="#calm">Calm down</a>\n\n:::\n::::\n`,
		line: 8,
		column: 1,
		says: 'Unexpected link to `#calm`',
	},
	{
		page: 'bad-step-link.md',
		contents: `${top('Percent')}::::script[Call]\n:::step[Open]\nGo to [nowhere](#%zz).\n:::\n::::\n\n:::card[Desk]{sise="a7"}\nFront.\n:::\n`,
		line: 7,
		column: 7,
		says: 'Unexpected link to `#%zz`',
		also: { line: 11, column: 1, says: 'Unexpected attribute `sise`' },
	},
	{
		page: 'hex-result.md',
		contents: `${top('Hex')}::::quiz[Listen]\n- I listen.\n- I wait.\n:::result{min=0x2 max=10}\nGood.\n:::\n::::\n`,
		line: 8,
		column: 1,
		says: 'Unexpected min `min="0x2"` on `:::result`: expected a whole number in decimal digits',
	},
	{
		page: 'result-in-list.md',
		contents: `${top('Result in list')}::::quiz[Listen]\n- I listen.\n- I wait.\n  :::result{min=2 max=10}\n  Good.\n  :::\n::::\n`,
		line: 8,
		column: 3,
		says: 'Unexpected `:::result` inside a list item of `::::quiz`',
	},
	{
		page: 'placeholder.mdx',
		contents: `${top('MDX placeholder')}::::script[Call]\n:::step[Open]\n:say[Hello {customer}, thanks for calling.]\n:::\n::::\n`,
		line: 7,
		column: 12,
		says: 'Unexpected `{customer}`: in an .mdx page',
	},
	{
		page: 'discount-link.md',
		contents: `${top('Discount')}See [Discount 100%](discount-100%.md).\n\n:::card[Discount]{size="a8"}\nFront.\n:::\n`,
		line: 7,
		column: 1,
		says: 'Unexpected size `size="a8"` on `:::card`',
	},
	{
		page: 'deep.md',
		contents: `${top('Deep')}${Array.from({ length: 60 }, (_, depth) => `${' '.repeat(depth * 2)}- level ${depth + 1}`).join('\n')}\n`,
		line: 45,
		column: 1,
		says: 'Unexpected nesting 41 levels deep',
	},
	{
		page: 'same-route.md',
		contents: `${top('Same route')}One of two pages at /same-route/.\n`,
		line: 1,
		column: 1,
		says: 'Unexpected second page at `/same-route/`: playbooks/Same Route.md is published there too',
	},
	{
		page: 'Same Route.md',
		contents: `${top('Same route again')}The other.\n`,
		line: 1,
		column: 1,
		says: '',
	},
];

/** Mistakes in frontmatter: the build reports them before Astro reads the pages. */
export const frontmatterMistakes: Mistake[] = [
	{
		page: 'impossible-date.md',
		contents: '---\ntitle: Date\nreviewed: 2026-02-30\n---\n\nText.\n',
		line: 3,
		column: 11,
		says: 'Unexpected reviewed "2026-02-30", expected a date written YYYY-MM-DD',
	},
	{
		page: 'bom.md',
		contents: '\uFEFF---\ntitle: BOM\nchannels: [fax]\n---\n\nText.\n',
		line: 3,
		column: 12,
		says: 'Unexpected channels "fax"',
	},
	{
		page: 'dashes-in-value.md',
		contents: '---\ntitle: Before --- after\naudience: everyone\n---\n\nText.\n',
		line: 3,
		column: 11,
		says: 'Unexpected audience "everyone"',
	},
	{
		page: 'alias-bomb.md',
		contents: `---\ntitle: Bomb\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n---\n\nText.\n`,
		line: 1,
		column: 1,
		says: 'Unexpected YAML in the frontmatter',
	},
];
