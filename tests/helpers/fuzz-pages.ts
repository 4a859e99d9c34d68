/**
 * Seeded playbook pages for the fuzz test (tests/unit/fuzz.test.ts). Half are
 * written with care (every block valid by the authoring contract, with
 * unicode, odd links, code and CRLF around them), half carelessly: broken
 * frontmatter (bad YAML, wrong types, bad dates, BOM, `---` in values) and the
 * mistakes authors make (fences dropped or doubled, colons miscounted, labels
 * and attributes left open, invisible characters, odd and duplicate ids,
 * unknown names and attributes). A few are adversarial: nesting 60+ deep, long
 * lines, thousands of fences. One seed always makes the same page, so a
 * failure is reproduced with `generatePage(seed)`.
 */

/** One generated page: the seed that makes it, its file name and its text. */
export interface FuzzPage {
	seed: number;
	/** File name inside the playbook folder, `.md` or `.mdx`. */
	name: string;
	contents: string;
	/** What went into the page (`card`, `mutation:drop-fence`, `crlf` …), to tell failures apart. */
	traits: string[];
}

/** mulberry32: a small, fast 32-bit PRNG; `seed` → a function returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Choices drawn from one seeded stream. */
class Dice {
	readonly #next: () => number;
	constructor(seed: number) {
		this.#next = mulberry32(seed);
	}
	/** A whole number in [min, max]. */
	int(min: number, max: number): number {
		return min + Math.floor(this.#next() * (max - min + 1));
	}
	chance(probability: number): boolean {
		return this.#next() < probability;
	}
	pick<T>(items: readonly T[]): T {
		return items[this.int(0, items.length - 1)] as T;
	}
	/** `count` results of `make`. */
	times<T>(count: number, make: (index: number) => T): T[] {
		return Array.from({ length: count }, (_, index) => make(index));
	}
}

const words = [
	'Listen to the caller',
	'Be polite',
	'Say their name',
	'Café au lait, naïve façade',
	'日本語のテキスト',
	'שלום עולם',
	'Emoji 🙂👍🏽 and ZWJ 👩‍💻',
	'Meet at 10:30 (ratio:2)',
	'Non\u00a0breaking and zero\u200bwidth',
	'Tom &amp; Jerry &lt;3',
	'Use *emphasis* and **bold** and `code`',
	'A line with a backslash \\ and a pipe |',
	'Refund within 14 days — no “questions” asked…',
	'e\u0301 combining accents',
	'Price: $5 & 100% off',
];
const labels = [
	'Open',
	'Listen',
	'Acknowledge',
	'Close',
	'Before every shift',
	'Active listening',
	'Café',
	'日本',
	'Step *two*',
	'A/B test',
	'Call `back` [soon]',
	'See [the guide](#top)',
	'Rate 1:5',
];
const names = ['golden-rules', 'dos-donts', 'checklist', 'card', 'script', 'quiz', 'note', 'tip'];
// `chеcklist` has a Cyrillic е.
const typos = ['golden-rule', 'cards', 'check-list', 'dos-dont', 'scrpt', 'Card', 'quizz', 'steps', 'notes', 'x', 'do_dont', 'chеcklist'];
const oddIds = ['#', '#a/b', '#..', '#.', '#%zz', '#-', '#1', '#café', '#a?b', '#a#b', '#' + 'x'.repeat(300)];
const goodIds = ['#open', '#listen', '#bias-check', '#active-listening', '#card-1', '#acknowledge'];
const oddUrls = [
	'discount-100%.md',
	'a%ff.md',
	'./other.md#section',
	'../outside.md',
	'%E0%A4%A.md',
	'<with space.md>',
	'#%zz',
	'#%ff',
	'#open',
	'#missing',
	'javascript:alert(1)',
	'https://example.com/a_(b)',
	'mailto:help@example.com',
	'?query=1',
	'page.mdx?x=%ff#y',
];

/** The seeded page for `seed`. */
export function generatePage(seed: number): FuzzPage {
	const dice = new Dice(seed);
	const traits: string[] = [];
	const mdx = dice.chance(0.15);
	const name = `page-${seed}.${mdx ? 'mdx' : 'md'}`;
	if (mdx) traits.push('mdx');
	let contents: string;
	if (dice.chance(0.02)) {
		traits.push('empty');
		contents = dice.pick(['', '\n', '   \n\n', '---\n---\n', '\ufeff', '<!-- nothing -->\n']);
	} else if (dice.chance(0.03)) {
		contents = adversarial(dice, traits);
	} else {
		// Half the pages are written with care (every block valid), so that the site gets many pages to render.
		const author = new Author(dice, traits, dice.chance(0.5), mdx);
		traits.push(author.careful ? 'careful' : 'careless');
		const front = dice.chance(0.6) ? frontmatter(author) : [];
		const pieces = dice.times(dice.int(1, 7), () => author.piece(0));
		let lines = joinPieces(author, pieces);
		if (!author.careful) for (let count = dice.chance(0.3) ? 0 : dice.int(1, 3); count > 0; count--) lines = mutate(dice, lines, traits);
		contents = [...front, ...lines].join('\n') + (dice.chance(0.8) ? '\n' : '');
	}
	if (dice.chance(0.08)) {
		traits.push('crlf');
		contents = contents.replace(/\r?\n/g, '\r\n');
	} else if (dice.chance(0.01)) {
		traits.push('cr');
		contents = contents.replace(/\r?\n/g, '\r');
	}
	return { seed, name, contents, traits };
}

/** Pieces usually stand apart (blank line between); a careless author sometimes forgets the blank line. */
function joinPieces(author: Author, pieces: string[][]): string[] {
	const lines: string[] = [];
	for (const piece of pieces) {
		if (lines.length > 0) {
			if (!author.careful && author.dice.chance(0.08)) author.traits.push('glued');
			else lines.push('');
		}
		lines.push(...piece);
	}
	return lines;
}

function frontmatter({ dice, traits, careful }: Author): string[] {
	const pick = (good: string[], bad: string[]) => (careful || dice.chance(0.6) ? dice.pick(good) : dice.pick(bad));
	const fields: string[] = [];
	if (dice.chance(0.7)) fields.push(`title: ${pick(['Angry caller', '"Quoted: title"', 'Café', "'single'"], ['42', '[a]', '""'])}`);
	if (dice.chance(0.4))
		fields.push(`situation: ${pick(['Caller is swearing', '"Caller asks: where is my refund?"'], ['""', '42', '[a, b]'])}`);
	if (dice.chance(0.4)) fields.push(`channels: ${pick(['[phone, chat]', '[]', '[email, in-person]'], ['[fax]', 'phone'])}`);
	if (dice.chance(0.3)) fields.push(`audience: ${pick(['internal', 'external', 'any'], ['everyone', '3'])}`);
	if (dice.chance(0.3)) fields.push(`keywords: ${pick(['[irate, furious]', '[]'], ['irate', '[""]', '[1, 2]'])}`);
	if (dice.chance(0.4))
		fields.push(`reviewed: ${pick(['2026-11-01', '2026-06-01'], ['2026-02-30', '2025-01-01', 'yesterday', '2026-13-01', '"2026-06-01"'])}`);
	if (dice.chance(0.3)) fields.push(`owner: ${pick(['Support team leads', 'Ops ---'], ['', 'null'])}`);
	if (dice.chance(0.1)) fields.push(`slug: ${pick(['custom/route'], ['cards/x', '/'])}`);
	traits.push('frontmatter');
	const broken = careful ? -1 : dice.chance(0.5) ? dice.int(0, 7) : -1;
	let open = '---';
	let close = '---';
	switch (broken) {
		case 0:
			traits.push('frontmatter:bad-yaml');
			fields.push(
				dice.pick(['title: "unclosed', 'key: value: other', '  bad indent: x', 'channels: [phone', '\tkey: tab', 'title: a\ntitle: b']),
			);
			break;
		case 1:
			traits.push('frontmatter:bom');
			open = '\ufeff---';
			break;
		case 2:
			traits.push('frontmatter:value-ending-in-fence');
			fields.push(`situation: ${dice.pick(['Wait ---', '---', 'a\n---b'])}`);
			break;
		case 3:
			traits.push('frontmatter:unclosed');
			close = '';
			break;
		case 4:
			traits.push('frontmatter:blank-first');
			open = `\n${open}`;
			break;
		case 5:
			traits.push('frontmatter:close-with-trailing');
			close = dice.pick(['--- ', '----', '---x', '...']);
			break;
		case 6:
			traits.push('frontmatter:not-a-map');
			fields.splice(0, fields.length, dice.pick(['- a\n- b', 'just text', '42']));
			break;
		case 7:
			traits.push('frontmatter:toml');
			open = '+++';
			close = '+++';
			fields.splice(0, fields.length, 'title = "Toml page"');
			break;
	}
	return [open, ...fields, ...(close ? [close] : []), ''];
}

function fence(colons: number, name: string, rest = ''): string {
	return `${':'.repeat(colons)}${name}${rest}`;
}

/**
 * Writes the pieces of one page. A careful author writes valid blocks (unique
 * ids, lists of one marker, ranges that fit); a careless one also writes the
 * mistakes authors make. Either way the text is full of unicode, links and code.
 */
class Author {
	readonly dice: Dice;
	readonly traits: string[];
	readonly careful: boolean;
	readonly mdx: boolean;
	#count = 0;
	constructor(dice: Dice, traits: string[], careful: boolean, mdx: boolean) {
		this.dice = dice;
		this.traits = traits;
		this.careful = careful;
		this.mdx = mdx;
	}

	/** Mostly `good`, sometimes (careless authors only) `bad`. */
	either<T>(good: readonly T[], bad: readonly T[], badChance = 0.25): T {
		return !this.careful && this.dice.chance(badChance) ? this.dice.pick(bad) : this.dice.pick(good);
	}

	/** A number new on this page, so careful labels and ids do not repeat. */
	fresh(): number {
		return ++this.#count;
	}

	text(): string {
		const { dice } = this;
		// `{` and `<` start expressions and JSX in MDX: a careful MDX author leaves them out.
		const usable = this.careful && this.mdx ? words.filter((word) => !/[{<]/.test(word)) : words;
		return dice.times(dice.int(1, 3), () => dice.pick(usable)).join('. ');
	}

	label(): string {
		const { dice } = this;
		if (this.careful) return `[${dice.pick(labels)} ${this.fresh()}]`;
		return dice.chance(0.85) ? `[${dice.pick(labels)}]` : dice.chance(0.5) ? '[]' : '';
	}

	attributes(extra: string[] = []): string {
		const { dice, traits } = this;
		const parts = [...extra];
		if (dice.chance(0.35)) {
			const odd = !this.careful && dice.chance(0.3);
			if (odd) traits.push('odd-id');
			parts.unshift(odd ? dice.pick(oddIds) : this.careful ? `#block-${this.fresh()}` : dice.pick(goodIds));
		}
		if (!this.careful && dice.chance(0.08)) {
			traits.push('unknown-attribute');
			parts.push(dice.pick(['sise="a6"', 'colour=red', 'lable="x"', 'id=""', 'icon="bogus"', 'key', '.class']));
		}
		return parts.length > 0 ? `{${parts.join(' ')}}` : '';
	}

	/** A list of `count` items; a careless author sometimes changes marker midway (which starts a second list). */
	list(count: number, markers: readonly string[]): string[] {
		const { dice } = this;
		let marker = dice.pick(markers);
		const lines: string[] = [];
		for (let index = 0; index < count; index++) {
			if (!this.careful && dice.chance(0.1)) marker = dice.pick(markers);
			lines.push(`${marker} ${this.text()}`);
			if (dice.chance(0.1)) lines.push(`${' '.repeat(marker.replace(/ \[.\]$/, '').length + 1)}- ${this.text()}`);
		}
		return lines;
	}

	bullets(min = 1): string[] {
		return this.list(this.dice.int(min, 4), this.dice.chance(0.3) ? ['1.'] : ['-', '*', '+']);
	}

	/** A line an agent says or asks, with placeholders (left out in careful MDX, where braces are expressions). */
	line(kind: 'say' | 'ask'): string {
		const plain =
			kind === 'say' ? ['Thanks for calling.', 'I understand how disruptive this is.'] : ['What happened?', 'When did it stop?'];
		const placeholders =
			kind === 'say'
				? ['Thanks for calling, this is {agent}.', 'Hello {customer}!', 'Sorry, {Customer_Name}.']
				: ['Can I have your {account-number}?'];
		const good = this.careful && this.mdx ? plain : [...plain, ...placeholders];
		const channels = this.dice.chance(0.3)
			? this.either(['{phone}', '{chat email}', '{in-person}'], ['{phnoe}', '{chat="yes"}', '{fax}'])
			: '';
		return `:${kind}[${this.either(good, ['', ' ', 'Sorry {name', '{agent} {agent}'])}]${channels}`;
	}

	/** A box the agent fills during a call: careful ones have a fresh id; careless ones lack a label, have an id lines cannot use, or sit inside a line. */
	field(): string {
		const { dice } = this;
		const id = `order-${this.fresh()}`;
		const sensitive = dice.chance(0.3) ? ' sensitive' : '';
		const careful = `:field[Order number]{#${id}${sensitive}}`;
		const use = this.mdx || sensitive ? '' : `\n\n:say[Order {${id}} is on its way.]`;
		return this.either(
			[careful + use],
			[
				':field[]',
				`:field[First contact]{#1st}`,
				`:say[Your order :field[Order]{#${id}}]`,
				`:field[Card]{#card sensitive}\n\n:say[Card {card}]`,
				`:field[PIN]{#${id} sensitive="yes"}`,
			],
		);
	}

	/** One piece of a page: a block, prose, code or a trap, as lines. `depth` is how many asides it sits in. */
	piece(depth: number): string[] {
		const { dice, traits } = this;
		const kinds = [
			...['prose', 'prose', 'heading', 'list', 'golden-rules', 'dos-donts', 'checklist', 'card', 'script', 'quiz', 'aside'],
			...['code', 'indented-code', 'quoted', 'in-list', 'links', 'table', 'long-line'],
		] as const;
		const kind = this.careful ? dice.pick(kinds) : dice.pick([...kinds, 'html', 'leaf'] as const);
		traits.push(kind);
		switch (kind) {
			case 'prose':
				return [`${this.text()} ${dice.chance(0.4) ? this.line(dice.pick(['say', 'ask'])) : ''}`.trim()];
			case 'heading':
				return [`${'#'.repeat(dice.int(1, 6))} ${dice.pick([...labels, 'Block 1', 'Card: active listening'])}`];
			case 'list':
				return this.bullets();
			case 'golden-rules':
				return [
					fence(3, 'golden-rules', this.label() + this.attributes()),
					...(dice.chance(0.3) ? [this.text(), ''] : []),
					...this.either([this.list(dice.int(1, 4), ['1.']).map((line) => line.replace(/^1\. /, '1. **Rule** — '))], [[], ['1.']]),
					...(!this.careful && dice.chance(0.1) ? ['', ...this.bullets()] : []),
					fence(3, ''),
				];
			case 'dos-donts': {
				const sides = this.either([['do', 'dont'], ['dont', 'do'], ['do'], ['dont']], [[], ['do', 'do']]);
				return [
					fence(4, 'dos-donts', this.label() + this.attributes()),
					...sides.flatMap((side) => [
						fence(3, side, this.careful ? '' : this.attributes()),
						...this.either([this.bullets()], [[this.text()]]),
						fence(3, ''),
					]),
					fence(4, ''),
				];
			}
			case 'checklist':
				return [
					fence(3, 'checklist', this.label() + this.attributes()),
					...this.list(this.either([dice.int(1, 4)], [0]), ['- [ ]', '- [x]', '-', '* [X]']),
					fence(3, ''),
				];
			case 'card': {
				const size = dice.chance(0.5)
					? [`size=${this.either(['"a6"', '"a7"', '"3x5"', '"4x6"', 'a7', '"A6"'], ['"a5"', '""', '"3×5"'])}`]
					: [];
				const back = dice.chance(0.6) ? ['', '---', '', `**Back:** ${this.text()}`] : [];
				const extraBreak = !this.careful && dice.chance(0.1) ? ['', '---', '', this.text()] : [];
				const long = dice.chance(0.1) ? dice.times(30, () => `- ${this.text()}`) : [];
				const label = this.careful ? this.label() : this.label() || this.either(['[Card]'], ['']);
				return [fence(3, 'card', label + this.attributes(size)), ...this.bullets(), ...long, ...back, ...extraBreak, fence(3, '')];
			}
			case 'script':
				return this.script();
			case 'quiz':
				return this.quiz();
			case 'aside': {
				const inner = depth < 2 && dice.chance(0.4) ? this.piece(depth + 1) : [this.text()];
				// An aside around blocks takes one colon more than the most its content uses.
				const most = Math.max(0, ...inner.map((line) => /^:*/.exec(line)?.[0].length ?? 0));
				const outer = most >= 3 ? most + 1 : 3;
				const variant = dice.pick(['note', 'tip', 'caution', 'danger']);
				// Starlight's asides take an `icon`, one of its icon names; `headset` and `Rocket` are not among them.
				const iconName = this.careful ? dice.pick(['rocket', 'phone', 'headset']) : dice.pick(['rocket', 'star', 'bogus', 'Rocket', '']);
				const icon = dice.chance(0.15) ? [`icon="${iconName}"`] : [];
				const attributes = this.careful ? (icon.length > 0 ? `{${icon.join(' ')}}` : '') : this.attributes(icon);
				return [fence(outer, variant, this.label() + attributes), ...inner, fence(outer, '')];
			}
			case 'code': {
				const ticks = dice.pick(['```', '~~~', '````']);
				const closed = this.careful || dice.chance(0.9);
				return [
					`${ticks}${dice.pick(['md', '', 'js'])}`,
					':::checklist[Not a block]',
					'- [ ] inside code',
					':::',
					'::cards',
					':say[{agent}]',
					...(closed ? [ticks] : []),
				];
			}
			case 'html':
				return [
					dice.pick([
						'<div class="x">',
						'<details><summary>More</summary>',
						'<!-- comment',
						'<br>',
						'<span>inline</span> text',
						'<script>alert(1)</script>',
						'</div>',
					]),
					...(dice.chance(0.5) ? [this.text()] : []),
				];
			case 'links': {
				const url = dice.pick(oddUrls.filter((odd) => !odd.startsWith('#') || !this.careful));
				if (dice.chance(0.4)) {
					traits.push('reference-link');
					return [
						`See [the ${dice.pick(labels)}][ref-${depth}] and [ref-${depth}].`,
						'',
						`[ref-${depth}]: ${url}${dice.chance(0.3) ? ' "Title"' : ''}`,
					];
				}
				return [
					`Go to [${dice.pick(labels)}](${url}) or ![image](${dice.pick(['missing.png', 'a%ff.png', 'https://example.com/x.png'])}).`,
				];
			}
			case 'table':
				return ['| a | b |', '| --- | --- |', `| ${this.text().replace(/\|/g, '\\|')} | ${this.line('say')} |`];
			case 'leaf':
				return [`::${dice.pick([...typos, 'card', 'say'])}${this.label()}${this.attributes()}`];
			case 'long-line':
				return [dice.times(dice.int(50, 400), () => this.text()).join(' ')];
			case 'indented-code':
				return ['    :::checklist[Indented: code, not a block]', '    - [ ] not a box', '    :::'];
			case 'quoted':
				return [
					fence(3, 'note', this.label()),
					this.text(),
					fence(3, ''),
					'',
					fence(3, 'checklist', this.label()),
					...this.list(2, ['- [ ]']),
					fence(3, ''),
				].map((line) => (line ? `> ${line}` : '>'));
			case 'in-list':
				return [`- ${this.text()}`, '', `  ${fence(3, 'tip', this.label())}`, `  ${this.text()}`, `  ${fence(3, '')}`];
		}
	}

	script(): string[] {
		const { dice } = this;
		const count = this.either([dice.int(1, 4)], [0], 0.1);
		const stepIds = dice.times(count, () => `step-${this.fresh()}`);
		const steps = stepIds.map((stepId, index) => {
			const id = this.careful ? (dice.chance(0.6) ? `{#${stepId}}` : '') : this.attributes();
			const target = this.either(
				stepIds,
				['#open', '#listen', '#step-1', '#%zz', '#%ff', '#%E0%A4%A', '#', '#Open'].map((url) => url.slice(1)),
			);
			// A careful author links only to steps that have an explicit id.
			const link = !this.careful || id ? `If still angry, go to [${dice.pick(labels)}](#${this.careful ? stepId : target}).` : this.text();
			const body = dice.times(dice.int(1, 3), () => dice.pick([this.line('say'), this.line('ask'), this.text(), link, this.field()]));
			const outcome =
				index === count - 1 && dice.chance(0.5)
					? this.either([' outcome', ' outcome="Resolved"'], [' outcom', ' outcome=""', ' outcome="  "'])
					: '';
			const stepLabel = this.careful ? `[${dice.pick(labels)} ${this.fresh()}]` : `[${dice.pick(labels)}]`;
			const attributes = outcome ? (id ? id.replace(/\}$/, `${outcome}}`) : `{${outcome.trim()}}`) : id;
			return [
				fence(3, 'step', stepLabel + attributes),
				...body.flatMap((part) => part.split('\n')),
				fence(3, ''),
				...(index % 2 === 0 && dice.chance(0.2) ? [''] : []),
			];
		});
		return [fence(4, 'script', this.label() + this.attributes()), ...steps.flat(), fence(4, '')];
	}

	quiz(): string[] {
		const { dice } = this;
		const count = this.either([dice.int(1, 5)], [0], 0.1);
		const statements = dice.times(count, () => `- ${this.text()}`);
		let next = count;
		const results = dice.times(dice.int(0, 3), () => {
			const valid = this.careful || dice.chance(0.7);
			if (valid && next > count * 5) return [];
			const min = valid ? next : dice.pick(['0', 'a', '-1', '2.5', '']);
			const max = valid ? Math.min(next + dice.int(0, 4), count * 5) : dice.pick(['99', '1', 'b', '']);
			if (typeof max === 'number') next = max + 1;
			return [fence(3, 'result', `{min=${min} max=${max}}`), this.text(), fence(3, '')];
		});
		const ends = dice.chance(0.5) ? ['low="Never"', 'high="All the time"'] : [];
		return [fence(4, 'quiz', this.label() + this.attributes(ends)), ...statements, ...results.flat(), fence(4, '')];
	}
}

/** One mistake an author makes, applied to one line of `lines`. */
function mutate(dice: Dice, lines: string[], traits: string[]): string[] {
	const fences = lines.map((line, index) => ({ line, index })).filter(({ line }) => /^:{2,}/.test(line));
	const target = fences.length > 0 && dice.chance(0.85) ? dice.pick(fences) : { line: lines[0] ?? '', index: 0 };
	const out = [...lines];
	const closing = /^:{3,}\s*$/.test(target.line);
	const kind = dice.pick([
		...['drop-fence', 'extra-fence', 'colons', 'unclose', 'space-before-label', 'rename', 'indent', 'trailing-text'],
		...['space-after-colons', 'invisible', 'tab'],
	] as const);
	traits.push(`mutation:${kind}`);
	switch (kind) {
		case 'drop-fence':
			out.splice(target.index, 1);
			break;
		case 'extra-fence':
			out.splice(target.index + 1, 0, dice.pick([':::', '::::', '::']));
			break;
		case 'colons':
			out[target.index] = dice.chance(0.5) ? `:${target.line}` : target.line.replace(/^:/, '');
			break;
		case 'unclose':
			out[target.index] = closing
				? `${target.line}[`
				: dice.pick([
						target.line.replace(']', ''),
						target.line.replace('}', ''),
						target.line.replace(/"([^"]*)"/, '"$1'),
						`${target.line}{#x`,
						`${target.line}["`,
					]);
			break;
		case 'space-before-label':
			out[target.index] = target.line.replace(/^(:+[\w-]+)([[{])/, '$1 $2');
			break;
		case 'rename':
			out[target.index] = target.line.replace(/^(:+)[\w-]+/, `$1${dice.pick([...typos, ...names])}`);
			break;
		case 'indent':
			out[target.index] = `${' '.repeat(dice.int(1, 4))}${target.line}`;
			break;
		case 'space-after-colons':
			out[target.index] = target.line.replace(/^(:+)/, '$1 ');
			break;
		case 'invisible':
			// A zero-width space or no-break space pasted from a document: the line looks like a fence.
			out[target.index] = target.line.replace(/^(:+)/, `$1${dice.pick(['\u200b', '\u00a0', '\ufeff'])}`);
			break;
		case 'tab':
			out[target.index] = `\t${target.line}`;
			break;
		case 'trailing-text':
			out[target.index] = `${target.line} ${dice.pick(['trailing', '{#x}', ':::', '[x]'])}`;
			break;
	}
	return out;
}

/** Pages built to stress the parser and the checks: deep nesting, long lines, many fences. */
function adversarial(dice: Dice, traits: string[]): string {
	// Mostly far past any real page; sometimes just inside the depth a page may reach.
	const depth = dice.chance(0.7) ? dice.int(60, 90) : dice.int(25, 39);
	const kind = dice.pick([
		'nested-containers',
		'nested-lists',
		'nested-quotes',
		'long-line',
		'many-fences',
		'brackets',
		'nested-asides',
	] as const);
	traits.push(`adversarial:${kind}`);
	switch (kind) {
		case 'nested-containers': {
			const nested = dice.times(depth, () => dice.pick(['note', 'checklist', 'card', 'tip', 'script', 'step']));
			const open = nested.map((name, index) => fence(depth - index + 3, name, `[L${index}]`));
			const close = nested.map((_, index) => fence(index + 4, '')).slice(0, dice.chance(0.5) ? depth : depth - 1);
			return [...open, '- [ ] deep', ...close].join('\n');
		}
		case 'nested-asides':
			return [...dice.times(depth, () => ':::note'), 'deep', ...dice.times(depth, () => ':::')].join('\n');
		case 'nested-lists':
			return [':::checklist[Deep]', ...dice.times(depth, (index) => `${'  '.repeat(index)}- level ${index}`), ':::'].join('\n');
		case 'nested-quotes':
			return dice.times(depth, (index) => `${'> '.repeat(index + 1)}:::note`).join('\n');
		case 'long-line':
			return `:::card[${'x'.repeat(dice.int(10_000, 100_000))}]\n- a\n:::\n${':say[a] '.repeat(5000)}`;
		case 'many-fences':
			return dice.times(depth * 20, () => dice.pick([':::', '::::', ':::note', '::', ':::card[x]', '- [ ] a', ''])).join('\n');
		case 'brackets':
			return `:::card${'['.repeat(depth * 100)}\n${'{'.repeat(depth * 100)}\n:say${'['.repeat(depth * 50)}\n:::`;
	}
}
