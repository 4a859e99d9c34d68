/**
 * Issue #11: seeded pages (tests/helpers/fuzz-pages.ts) through the check and
 * the site. The check never throws, takes under 2 s a page, and places every
 * message in the file in words for authors; every page it accepts renders
 * through the site's own pipeline with content, no directive fence left as
 * text, no error the check missed, ids the contract allows, and no container
 * closed by anything but its own fence. Failures are listed by kind with
 * their seeds: `generatePage(seed)` gives the page back.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter, unified as astroMarkdown, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { docsSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import type { Root } from 'mdast';
import type { Node } from 'unist';
import { toString } from 'mdast-util-to-string';
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// Starlight's own asides and directive restoration, as its integration registers them (not a public export).
import { remarkAsides, remarkDirectivesRestoration } from '../../node_modules/@astrojs/starlight/dist/integrations/remark-asides.js';
import { frontmatterHelp, playbookFrontmatter } from '../../src/content/frontmatter.ts';
import { derivedTitle } from '../../src/content/title.ts';
import { rapportIntegration } from '../../src/integration/astro-integration.ts';
import { lintPage, type PageLint, type PageLintOptions } from '../../src/lint/lint-page.ts';
import { parseOptions } from '../../src/options.ts';
import { generatePage, type FuzzPage } from '../helpers/fuzz-pages.ts';

/** Explore more with e.g. `FUZZ_SEED=7000 FUZZ_PAGES=5000 npx vitest run tests/unit/fuzz.test.ts`. */
const baseSeed = Number(process.env['FUZZ_SEED'] ?? 20261130);
const pageCount = Number(process.env['FUZZ_PAGES'] ?? 300);
const options: PageLintOptions = { reviewAfterDays: 180, avoidWords: {}, now: new Date('2026-11-30') };
const slowMs = 2_000;
// Generous bounds for bigger FUZZ_PAGES runs; 300 pages take about 20 s on two cores (500 about 30 s).
const timeout = Math.max(120_000, pageCount * 200);

/** One way a page broke the contract, with what a reader needs to reproduce it. */
interface Failure {
	seed: number;
	name: string;
	kind: string;
	detail: string;
}

interface Checked {
	page: FuzzPage;
	path: string;
	/** No error on the page: the site builds it. */
	accepted: boolean;
}

const checked: Checked[] = [];
const checkFailures: Failure[] = [];
let playbooks = '';

describe(`fuzz: ${pageCount} generated pages from seed ${baseSeed} through the check and the site`, () => {
	beforeAll(async () => {
		playbooks = mkdtempSync(join(tmpdir(), 'rapport-fuzz-'));
		// The first check loads and compiles the plugins: not a page's cost.
		await lintPage(join(playbooks, 'warm-up.md'), '# Warm up\n\n:::card[A]\n- b\n:::\n', options);
		for (let seed = baseSeed; seed < baseSeed + pageCount; seed++) {
			const page = generatePage(seed);
			const path = join(playbooks, page.name);
			// On disk too: the site's plugins read linked pages and the page itself.
			writeFileSync(path, page.contents);
			checked.push({ page, path, accepted: await check(page, path) });
		}
	}, timeout);

	afterAll(() => {
		if (playbooks) rmSync(playbooks, { recursive: true, force: true });
	});

	it('checks every page without throwing, in under 2 s, each message at a line of the file and worded for authors', () => {
		expect(report(checkFailures)).toEqual([]);
	});

	it(
		'renders every page the check accepts, not empty, without stray fences or problems the check missed',
		async () => {
			const site = await siteRenderers(playbooks);
			const failures: Failure[] = [];
			for (const { page, path, accepted } of checked) {
				if (accepted) failures.push(...(await renderFailures(page, path, site)));
			}
			expect(report(failures)).toEqual([]);
		},
		timeout,
	);

	it('accepts no page with a container left open (closed by its parent or the end of the file)', () => {
		const failures = checked
			.filter(({ accepted }) => accepted)
			.flatMap(({ page }) => unclosedContainers(page).map((line) => failure(page, 'accepted with a container left open', `line ${line}`)));
		expect(report(failures)).toEqual([]);
	});
});

/** Checks `page` as `npm run check` does, noting every way it breaks the contract; true when the check accepts it. */
async function check(page: FuzzPage, path: string): Promise<boolean> {
	// Processor time, not wall time: other test files and builds share the two cores, and only the check's own work counts.
	const start = process.cpuUsage();
	let lint: PageLint;
	try {
		lint = await lintPage(path, page.contents, options);
	} catch (error) {
		checkFailures.push(failure(page, 'check throws', describeError(error)));
		return false;
	}
	const { user, system } = process.cpuUsage(start);
	const took = (user + system) / 1000;
	if (took > slowMs) checkFailures.push(failure(page, 'slow check', `${Math.round(took)} ms of processor time`));
	const lines = page.contents.split(/\r\n|\r|\n/).length;
	for (const message of lint.file.messages) {
		const { line, column, reason } = message;
		if (line === undefined || column === undefined || line < 1 || column < 1 || line > lines + 1) {
			checkFailures.push(failure(page, 'message without a place in the file', `${line}:${column} (${lines} lines): ${reason}`));
		}
		if (/\n\s+at |undefined|\[object Object\]/.test(reason)) checkFailures.push(failure(page, 'message not worded for authors', reason));
		// A crash caught and turned into an error is still a crash (a parser's own errors carry a place).
		const { cause } = message;
		if (cause instanceof Error && !('place' in cause)) {
			checkFailures.push(
				failure(page, 'check crashes inside (caught, reported as an error)', `${line}:${column}: ${describeError(cause)}`),
			);
		}
	}
	return !lint.file.messages.some((message) => message.fatal);
}

type MdxRenderer = Awaited<ReturnType<NonNullable<ReturnType<typeof astroMarkdown>['createMdxRenderer']>>>;

interface SiteRenderers {
	markdown: MarkdownRenderer;
	mdx: MdxRenderer;
	/** The remark plugins of the site, for the MDX approximation. */
	remarkPlugins: PluggableList;
}

/**
 * The site's Markdown pipeline, built as astro.config.mjs builds it: Astro's
 * unified processor; Starlight's directive and aside plugins; whatever
 * Rapport's integration registers (its own `astro:config:setup` hook is run on
 * the processor, so this follows src/integration/astro-integration.ts); and
 * Starlight's directive restoration last. Left out: Expressive Code and
 * heading anchor links (code blocks and headings, not what this test looks at).
 */
async function siteRenderers(playbooks: string): Promise<SiteRenderers> {
	const processor = astroMarkdown();
	const asides = remarkAsides({
		absolutePathToLang: () => 'en',
		useTranslations: () => (key: string) => key.replace(/^aside\./, ''),
	} as never);
	processor.options.remarkPlugins.push(remarkDirective, asides);
	const root = dirname(playbooks);
	const setup = rapportIntegration(parseOptions({ playbooks, avoidWords: options.avoidWords })).hooks['astro:config:setup'];
	// `dev`: a build would also check the whole folder first.
	await setup?.({
		command: 'dev',
		config: {
			root: pathToFileURL(`${root}/`),
			cacheDir: pathToFileURL(`${root}/.astro/`),
			base: '/',
			markdown: { processor },
		},
		injectRoute: () => undefined,
		injectScript: () => undefined,
		updateConfig: () => undefined,
		logger: console,
	} as never);
	processor.options.remarkPlugins.push(remarkDirectivesRestoration);
	const shared = { syntaxHighlight: false as const };
	const markdown = await processor.createRenderer(shared);
	const mdx = await processor.createMdxRenderer?.(shared, { optimize: true });
	if (!mdx) throw new Error('Astro’s unified processor has no MDX renderer');
	return { markdown, mdx, remarkPlugins: processor.options.remarkPlugins as PluggableList };
}

const schema = docsSchema({ extend: playbookFrontmatter })({ image: () => z.string() } as never);

/** What goes wrong when the site renders `page`, which the check accepted. */
async function renderFailures(page: FuzzPage, path: string, site: SiteRenderers): Promise<Failure[]> {
	// As Astro's glob loader reads a page: frontmatter off, spaces in its place, body trimmed.
	let parsed: ReturnType<typeof parseFrontmatter>;
	try {
		parsed = parseFrontmatter(page.contents, { frontmatter: 'empty-with-spaces' });
	} catch (error) {
		return [failure(page, 'accepted but the site cannot read its frontmatter', describeError(error))];
	}
	const failures: Failure[] = [];
	const data: Record<string, unknown> = parsed.frontmatter;
	const title = typeof data['title'] === 'string' && data['title'].trim() ? data['title'] : derivedTitle(page.contents, path);
	const valid = schema.safeParse({ ...data, title });
	if (!valid.success) {
		const issue = valid.error.issues[0];
		const field = String(issue?.path[0] ?? '');
		const known = field in frontmatterHelp ? '' : ' (a Starlight field)';
		failures.push(failure(page, 'accepted but the site rejects its frontmatter', `${field}${known}: ${issue?.message ?? ''}`));
	}
	const body = parsed.content.trim();
	let html: string;
	try {
		html = page.name.endsWith('.mdx') ? await renderMdx(path, parsed.content, data, site) : await renderMarkdown(body, path, data, site);
	} catch (error) {
		return [...failures, failure(page, 'accepted but the site throws while rendering (the page is left empty)', describeError(error))];
	}
	if (hasVisibleContent(body, data, page.name.endsWith('.mdx')) && !htmlHasContent(html)) {
		failures.push(failure(page, 'accepted but renders empty', JSON.stringify(body.slice(0, 120))));
	}
	for (const line of strayFences(html, page.contents))
		failures.push(failure(page, 'accepted but a directive fence shows as text', JSON.stringify(line)));
	if (html.includes('data-rapport-problems')) {
		const problems =
			/<ul>(.*?)<\/ul>/s
				.exec(html)?.[1]
				?.replace(/<[^>]+>/g, ' ')
				.trim() ?? '';
		failures.push(failure(page, 'accepted but the site finds errors on it', problems));
	}
	for (const problem of idProblems(html)) failures.push(failure(page, 'accepted with an id the contract forbids', problem));
	return failures;
}

async function renderMarkdown(body: string, path: string, frontmatter: Record<string, unknown>, site: SiteRenderers): Promise<string> {
	return (await site.markdown.render(body, { fileURL: pathToFileURL(path), frontmatter })).code;
}

/**
 * MDX pages compile through the site's MDX renderer (to JavaScript: it must not
 * throw), and their HTML is approximated by the same remark plugins with
 * remark-mdx, JSX elements unwrapped and expressions dropped.
 */
async function renderMdx(path: string, content: string, frontmatter: Record<string, unknown>, site: SiteRenderers): Promise<string> {
	await site.mdx.process(content, path, { ...frontmatter });
	const file = await unified()
		.use(remarkParse)
		.use(remarkMdx)
		.use(remarkGfm)
		.use(site.remarkPlugins)
		.use(() => unwrapMdx)
		.use(remarkRehype, { allowDangerousHtml: true })
		.use(rehypeStringify)
		.process({ path, value: content.trim(), data: { astro: { frontmatter: { ...frontmatter } } } });
	return String(file.value);
}

/** JSX elements give way to their children; expressions and imports go (they render nothing readable here). */
function unwrapMdx(tree: Root): void {
	visit(tree, (node, index, parent) => {
		if (!parent || index === undefined || !node.type.startsWith('mdx')) return;
		const children = 'children' in node && node.type.startsWith('mdxJsx') ? node.children : [];
		(parent.children as Node[]).splice(index, 1, ...children);
		return [SKIP, index];
	});
}

/** Does the body, as the site gets it, have words a reader would see (the title heading aside)? */
function hasVisibleContent(body: string, frontmatter: Record<string, unknown>, mdx: boolean): boolean {
	const processor = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);
	if (mdx) processor.use(remarkMdx);
	let tree: Root;
	try {
		tree = processor.parse(body);
	} catch {
		return false;
	}
	const invisible = new Set(['definition', 'html', 'yaml', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);
	const first = tree.children.find((node) => node.type !== 'html');
	const title = frontmatter['title'];
	const titleHeading =
		first?.type === 'heading' && first.depth === 1 && (typeof title !== 'string' || title.trim() === toString(first).trim())
			? first
			: undefined;
	const shown = tree.children.filter((node) => node !== titleHeading && !invisible.has(node.type));
	return toString({ type: 'root', children: shown }).trim() !== '';
}

function visibleText(html: string, withCode: boolean): string {
	let text = html.replace(/<!--[\s\S]*?-->/g, '').replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '');
	if (!withCode) text = text.replace(/<pre\b[\s\S]*?<\/pre>/gi, '').replace(/<code\b[\s\S]*?<\/code>/gi, '');
	return text
		.replace(/<[^>]*>/g, '')
		.replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
		.replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&');
}

function htmlHasContent(html: string): boolean {
	return visibleText(html, true).trim() !== '' || /<(img|input|hr|iframe|video)\b/i.test(html);
}

/**
 * Lines of visible text (code aside) that start like a directive fence and
 * that the author wrote at the start of a line (so not `<br> :::` in raw HTML).
 */
function strayFences(html: string, source: string): string[] {
	const starts = source.split(/\r\n|\r|\n/).map((line) => line.replace(/^(?:\s|>|[-*+] |\d+[.)] )*/, ''));
	return visibleText(html, false)
		.split('\n')
		.filter((line) => {
			const written = /^\s*(:{3,}|::[A-Za-z])[^\s:[{]*/.exec(line)?.[0].trim();
			return written !== undefined && starts.some((start) => start.startsWith(written));
		});
}

/** Ids of blocks must be safe URL segments, and no id may appear twice in the page. */
function idProblems(html: string): string[] {
	const problems: string[] = [];
	const seen = new Set<string>();
	for (const [tag] of html.matchAll(/<[a-z][^>]*\bid="[^"]*"[^>]*>/gi)) {
		const id = /\bid="([^"]*)"/.exec(tag)?.[1] ?? '';
		if (seen.has(id)) problems.push(`id "${id}" twice`);
		seen.add(id);
		if (tag.includes('data-playbook=') && (id === '' || id === '.' || id === '..' || /[\s/\\?#%]/.test(id))) {
			problems.push(`block id "${id}" is not a safe URL segment`);
		}
	}
	return problems;
}

/** Lines (of the file) of containers that no fence of their own closes. */
function unclosedContainers(page: FuzzPage): number[] {
	// The parser skips a byte order mark: offsets count from after it.
	const contents = page.contents.replace(/^\uFEFF/, '');
	const processor = unified().use(remarkParse).use(remarkFrontmatter).use(remarkGfm);
	if (page.name.endsWith('.mdx')) processor.use(remarkMdx);
	let tree: Root;
	try {
		tree = processor.use(remarkDirective).parse(contents);
	} catch {
		return [];
	}
	const lines: number[] = [];
	visit(tree, 'containerDirective', (node) => {
		const end = node.position?.end.offset;
		if (end === undefined) return;
		const lineStart = Math.max(contents.lastIndexOf('\n', end - 1), contents.lastIndexOf('\r', end - 1)) + 1;
		if (!/:{3,}[ \t]*$/.test(contents.slice(lineStart, end))) lines.push(node.position?.start.line ?? 0);
	});
	return lines;
}

function failure(page: FuzzPage, kind: string, detail: string): Failure {
	return { seed: page.seed, name: page.name, kind, detail: detail.slice(0, 300) };
}

function describeError(error: unknown): string {
	return error instanceof Error ? `${error.name}: ${error.message.replace(/\s+/g, ' ')}` : String(error);
}

/** Failures grouped by kind, each with its seeds, so the assertion's diff reads as a bug list. */
function report(failures: Failure[]): string[] {
	const byKind = new Map<string, Failure[]>();
	for (const found of failures) byKind.set(found.kind, [...(byKind.get(found.kind) ?? []), found]);
	return [...byKind].flatMap(([kind, found]) => [
		`${kind}: ${found.length} (seeds ${[...new Set(found.map(({ seed }) => seed))].slice(0, 12).join(', ')})`,
		...found.slice(0, 5).map(({ seed, name, detail }) => `  seed ${seed} (${name}): ${detail}`),
	]);
}
