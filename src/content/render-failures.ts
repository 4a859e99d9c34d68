import { AstroError } from 'astro/errors';
import type { LoaderContext } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { blankFrontmatter } from './frontmatter-block.ts';

/** A page Astro could not render (it would be published empty): where, and why. */
export interface RenderFailure {
	/** The page's path, relative to the project root. */
	file: string;
	line: number;
	column: number;
	cause: string;
}

const renderError = /^Error rendering (.+?): ([\s\S]*)$/;

/**
 * The loader context with its logger listening for Astro's "Error rendering
 * <file>: <cause>" (Astro logs a page that fails to render, stores it empty
 * and goes on), so the cause can be reported with the page.
 */
export function listeningForFailures(context: LoaderContext): { context: LoaderContext; causes: Map<string, string> } {
	const causes = new Map<string, string>();
	const logger = Object.create(context.logger) as LoaderContext['logger'];
	logger.error = (message: string) => {
		const match = renderError.exec(message);
		if (match?.[1]) causes.set(match[1], match[2] ?? message);
		context.logger.error(message);
	};
	return { context: { ...context, logger }, causes };
}

/**
 * The Markdown pages in the store that did not render, or rendered empty
 * though their file has content, on this build or (kept in the content
 * cache) an earlier one. Each is taken out of the store, so the next build
 * renders it again rather than serving it empty from the cache.
 */
export function findRenderFailures(context: LoaderContext, causes: Map<string, string>): RenderFailure[] {
	const root = context.config.root.pathname;
	const failures: RenderFailure[] = [];
	for (const [id, entry] of context.store.entries()) {
		if (!entry.filePath?.endsWith('.md') || entry.deferredRender) continue;
		const html = entry.rendered?.html;
		if (html !== undefined && (html.trim() !== '' || !hasBody(resolve(root, entry.filePath)))) continue;
		const logged = [...causes].find(([name]) => entry.filePath?.endsWith(name))?.[1];
		const cause =
			html === undefined ? (logged ?? 'it failed to render on an earlier build') : 'it rendered empty though the file has content';
		const place = /\((\d+):(\d+)(?:-\d+:\d+)?\)|line (\d+)/.exec(cause);
		failures.push({
			file: entry.filePath,
			line: Number(place?.[1] ?? place?.[3] ?? 1),
			column: Number(place?.[2] ?? 1),
			cause: cause.split('\n').find((line) => line.trim() && !line.startsWith('Failed to parse')) ?? cause,
		});
		context.store.delete(id);
	}
	return failures;
}

/** The error a build stops with when pages failed to render: each page with its line and cause. */
export function renderFailureError(failures: RenderFailure[]): AstroError {
	const lines = failures.map(
		(failure) =>
			`${failure.file}:${failure.line}:${failure.column}: error: Unexpected failure rendering this page: ${failure.cause}. It would be published empty.`,
	);
	const error = new AstroError(
		`${failures.length} page${failures.length === 1 ? '' : 's'} of the playbook could not be rendered:\n${lines.join('\n')}`,
		'Run `npm run check` for the mistakes on these pages; if it finds none, report the page and the cause above as a bug in Rapport.',
	);
	error.stack = '';
	return error;
}

/** Whether a page's file has content that renders: not only a title heading (the site shows it as the title), comments or link definitions. */
function hasBody(path: string): boolean {
	let body: string;
	try {
		body = blankFrontmatter(readFileSync(path, 'utf8'));
	} catch {
		return false;
	}
	const visible = body
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/^ {0,3}\[[^\]]+\]:.*$/gm, '')
		.trim()
		.replace(/^#[ \t]+.*$|^.+\r?\n=+[ \t]*$/m, '');
	return visible.trim() !== '';
}
