import { slug } from 'github-slugger';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, builtPage, fixturePath, repoRoot, type CommandResult } from '../helpers/astro.ts';

/*
 * Every ```md block of README.md is an authoring example a reader copies into
 * `playbooks/`: each becomes a page of the `readme-examples` fixture, built once,
 * and must render whole. The README's frontmatter example is a ```yaml block,
 * so it is not taken. A ```md example that starts with its own frontmatter is a
 * whole page and is written as it is; any other gets a title naming its line.
 */

const fixture = 'readme-examples';
const playbooks = `${fixturePath(fixture)}playbooks/`;
/** Starlight's asides are directives without a Rapport hook: their root carries this class instead. */
const asides = ['note', 'tip', 'caution', 'danger'];

/** One ```md block of README.md. */
interface Example {
	/** README line of the opening fence. */
	line: number;
	/** The page it becomes under playbooks/, e.g. `example-01`. */
	page: string;
	/** What the block says the example is, e.g. `quiz`: its first directive. */
	name: string;
	/** The page's Markdown: the example, after a title unless it has frontmatter. */
	source: string;
	/** Lines the page has before the example's first line. */
	shift: number;
	directives: Directive[];
}

/** A directive as the example writes it, with the container it is written in. */
interface Directive {
	name: string;
	/** README line of its opener. */
	line: number;
	label: string | undefined;
	attributes: string;
	parent: Directive | undefined;
	/** For a container: the lines between its opener and its closing fence. */
	body: string[];
}

/** The ```md blocks of a README, with their line numbers. */
function readmeExamples(readme: string): Example[] {
	const lines = readme.split('\n');
	const examples: Example[] = [];
	for (let index = 0; index < lines.length; index++) {
		if (lines[index] !== '```md') continue;
		const end = lines.indexOf('```', index + 1);
		if (end === -1) throw new Error(`README.md:${index + 1}: a \`\`\`md block that is never closed`);
		const markdown = lines.slice(index + 1, end).join('\n');
		const directives = directivesOf(markdown, index + 2);
		const title = markdown.startsWith('---\n') ? '' : `---\ntitle: README.md line ${index + 1}\n---\n`;
		examples.push({
			line: index + 1,
			page: `example-${String(examples.length + 1).padStart(2, '0')}`,
			name: directives[0]?.name ?? 'plain Markdown',
			source: `${title}${markdown}\n`,
			shift: title.split('\n').length - 1,
			directives,
		});
		index = end;
	}
	return examples;
}

/**
 * The directives an example writes, as its author meant them: openers and fences
 * are matched by their colons whatever their indentation, so an example that
 * Markdown reads otherwise (a fence swallowed by a list item) shows as broken
 * in the rendered page, not here.
 */
function directivesOf(markdown: string, firstLine: number): Directive[] {
	const found: Directive[] = [];
	const open: { directive: Directive; colons: number }[] = [];
	markdown.split('\n').forEach((raw, offset) => {
		const line = raw.trim();
		const fence = /^(:{3,})\s*$/.exec(line);
		if (fence) {
			const at = open.findLastIndex((entry) => entry.colons === fence[1]!.length);
			if (at !== -1) open.splice(at);
			return;
		}
		for (const entry of open) entry.directive.body.push(raw);
		const parent = open.at(-1)?.directive;
		const block = /^(:{2,})([a-zA-Z][\w-]*)(?:\[([^\]]*)\])?(\{[^}]*\})?/.exec(line);
		if (block) {
			const [, colons, name, label, attributes] = block;
			const directive: Directive = { name: name!, line: firstLine + offset, label, attributes: attributes ?? '', parent, body: [] };
			found.push(directive);
			if (colons!.length > 2) open.push({ directive, colons: colons!.length });
		}
		for (const text of line.matchAll(/(?<![\w:\\]):([a-zA-Z][\w-]*)\[([^\]]*)\](\{[^}]*\})?/g)) {
			const [, name, label, attributes] = text;
			found.push({ name: name!, line: firstLine + offset, label, attributes: attributes ?? '', parent, body: [] });
		}
	});
	return found;
}

/** How a directive's rendered root is found in the page: its public hook. */
function hookOf(name: string): string {
	return asides.includes(name) ? `starlight-aside--${name}` : `data-playbook="${name}"`;
}

/** The element whose opening tag holds `at`: its start and end offsets in `html`. */
function elementAt(html: string, at: number): { start: number; end: number } {
	const start = html.lastIndexOf('<', at);
	const tag = /^<([a-zA-Z][\w-]*)/.exec(html.slice(start))?.[1] ?? '';
	const tags = new RegExp(`<(/?)${tag}\\b[^>]*>`, 'g');
	tags.lastIndex = start;
	let depth = 0;
	for (let match = tags.exec(html); match; match = tags.exec(html)) {
		depth += match[1] ? -1 : 1;
		if (depth === 0) return { start, end: match.index + match[0].length };
	}
	return { start, end: html.indexOf('>', start) + 1 };
}

/** Every element of the page that carries a directive's hook, in page order. */
function rendered(html: string, name: string): { start: number; end: number }[] {
	const hook = hookOf(name);
	const elements: { start: number; end: number }[] = [];
	for (let at = html.indexOf(hook); at !== -1; at = html.indexOf(hook, at + 1)) elements.push(elementAt(html, at));
	return elements;
}

/** The page's `<main>`: the example as rendered, without Starlight's header and sidebars. */
function mainOf(html: string): string {
	const start = html.indexOf('<main');
	return start === -1 ? '' : html.slice(start, html.indexOf('</main>', start) + '</main>'.length);
}

/** What a reader sees of some HTML: no tags, scripts or styles, entities decoded. */
function visibleText(html: string): string {
	return html
		.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/g, ' ')
		.replace(/<[^>]*>/g, ' ')
		.replace(/&#x([\da-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
		.replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
		.replace(/&(lt|gt|quot|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', amp: '&' })[name] ?? '');
}

/** Where a failure is: the README line, and which example. */
function at(example: Example, line = example.line): string {
	return `README.md:${line} (${example.name} example)`;
}

describe('the ```md examples of README.md, built as pages', () => {
	const examples = readmeExamples(readFileSync(`${repoRoot}README.md`, 'utf8'));
	let build: CommandResult;
	/** Each example's rendered `<main>`, for the pages the build wrote. */
	const pages = new Map<Example, string>();

	beforeAll(() => {
		rmSync(playbooks, { recursive: true, force: true });
		rmSync(`${fixturePath(fixture)}dist`, { recursive: true, force: true });
		mkdirSync(playbooks, { recursive: true });
		for (const example of examples) writeFileSync(`${playbooks}${example.page}.md`, example.source);
		build = astroBuild(fixture);
		for (const example of examples) {
			if (existsSync(`${fixturePath(fixture)}dist/${example.page}/index.html`))
				pages.set(example, mainOf(builtPage(fixture, example.page)));
		}
	}, 240_000);

	it('finds the examples: one per block of the authoring guide', () => {
		const names = examples.map((example) => example.name);
		expect(names).toEqual(expect.arrayContaining(['golden-rules', 'dos-donts', 'checklist', 'card', 'script', 'quiz']));
	});

	it('builds them without an error or a warning', () => {
		// Rapport's findings name the page's line: point at the README's line instead.
		const findings = [...build.output.matchAll(/playbooks\/(example-\d+)\.md:(\d+):(\d+): (error|warning): (.*)/g)].map(
			([, page, line, column, severity, message]) => {
				const example = examples.find((candidate) => candidate.page === page)!;
				return `${at(example, example.line + Number(line) - example.shift)}:${column}: ${severity}: ${message}`;
			},
		);
		expect(findings).toEqual([]);
		expect(build.output).not.toMatch(/\[ERROR\]|^\s*error\b/im);
		expect(build.status).toBe(0);
	});

	it('renders every directive of every example with its hook', () => {
		const failures: string[] = [];
		for (const example of examples) {
			const html = pages.get(example);
			if (html === undefined) {
				failures.push(`${at(example)}: no page built (see the build's errors)`);
				continue;
			}
			for (const name of new Set(example.directives.map((directive) => directive.name))) {
				const written = example.directives.filter((directive) => directive.name === name).length;
				const shown = rendered(html, name).length;
				if (shown !== written) failures.push(`${at(example)}: ${written} \`${name}\` written, ${shown} rendered with ${hookOf(name)}`);
			}
		}
		expect(failures).toEqual([]);
	});

	it('renders each block whole: every directive inside the block it is written in', () => {
		const failures: string[] = [];
		for (const [example, html] of pages) {
			const elements = new Map<Directive, { start: number; end: number } | undefined>();
			for (const name of new Set(example.directives.map((directive) => directive.name))) {
				const ofName = example.directives.filter((directive) => directive.name === name);
				const found = rendered(html, name);
				ofName.forEach((directive, index) => elements.set(directive, found[index]));
			}
			for (const directive of example.directives) {
				const inner = elements.get(directive);
				const outer = directive.parent && elements.get(directive.parent);
				if (!directive.parent || !inner || !outer) continue;
				if (inner.start < outer.start || inner.end > outer.end) {
					failures.push(`${at(example, directive.line)}: \`${directive.name}\` renders outside its \`${directive.parent.name}\``);
				}
			}
		}
		expect(failures).toEqual([]);
	});

	it('shows no directive syntax as text', () => {
		const failures: string[] = [];
		for (const [example, html] of pages) {
			const text = visibleText(html);
			// A run of colons is a fence or opener that Markdown did not take; `:name[` a text directive left as text.
			for (const stray of text.matchAll(/:{2,}[\w-]*|(?<![\w:]):[a-zA-Z][\w-]*[[{]/g)) {
				const around = text.slice(Math.max(0, stray.index - 40), stray.index + 20).replace(/\s+/g, ' ');
				failures.push(`${at(example)}: \`${stray[0]}\` shown as text in "…${around.trim()}…"`);
			}
		}
		expect(failures).toEqual([]);
	});

	it('renders every result of a quiz, inside the quiz', () => {
		const failures: string[] = [];
		for (const [example, html] of pages) {
			const quizzes = rendered(html, 'quiz');
			example.directives
				.filter((directive) => directive.name === 'quiz')
				.forEach((quiz, index) => {
					const element = quizzes[index];
					const written = example.directives.filter((directive) => directive.name === 'result' && directive.parent === quiz).length;
					const shown = element ? rendered(html.slice(element.start, element.end), 'result').length : 0;
					if (shown !== written)
						failures.push(`${at(example, quiz.line)}: quiz with ${written} \`:::result\` written, ${shown} rendered in it`);
				});
		}
		expect(failures).toEqual([]);
	});

	it('makes every list item of a checklist a checkbox', () => {
		const failures: string[] = [];
		for (const [example, html] of pages) {
			const checklists = rendered(html, 'checklist');
			example.directives
				.filter((directive) => directive.name === 'checklist')
				.forEach((checklist, index) => {
					const element = checklists[index];
					const inside = element ? html.slice(element.start, element.end) : '';
					const written = checklist.body.filter((line) => /^\s*(?:[-*+]|\d+[.)])\s/.test(line)).length;
					const items = inside.match(/<li\b/g)?.length ?? 0;
					const boxes = inside.match(/<input\b[^>]*type="checkbox"/g)?.length ?? 0;
					if (items !== written || boxes !== written) {
						failures.push(`${at(example, checklist.line)}: ${written} items written, ${items} rendered, ${boxes} with a checkbox`);
					}
				});
		}
		expect(failures).toEqual([]);
	});

	it('collects every card on /cards/, with its print page', () => {
		const failures: string[] = [];
		const cards = existsSync(`${fixturePath(fixture)}dist/cards/index.html`) ? builtPage(fixture, 'cards') : '';
		for (const example of examples) {
			for (const card of example.directives.filter((directive) => directive.name === 'card')) {
				const id = /#([\w-]+)/.exec(card.attributes)?.[1] ?? slug(card.label ?? '');
				if (!cards.includes(`data-card-entry="${id}"`)) failures.push(`${at(example, card.line)}: card \`${id}\` is not on /cards/`);
				if (!existsSync(`${fixturePath(fixture)}dist/cards/${id}/index.html`)) {
					failures.push(`${at(example, card.line)}: card \`${id}\` has no print page /cards/${id}/`);
				}
			}
		}
		expect(failures).toEqual([]);
	});
});
