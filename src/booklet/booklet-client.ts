import { ui } from '../i18n/browser.ts';

/**
 * Makes the booklet's links work on paper: ids inside each page are prefixed
 * with the page's article id (two pages may both have a step `#open`), links
 * within a page follow, and a link to another playbook page points at that
 * page in the booklet, followed by "(page N)" for `booklet:pdf` to number.
 * In a booklet of another language than the default, a link to a page's
 * original (as a page not yet translated has) leads to the page in the booklet.
 */
export function linkPages(document: Document): void {
	const articles = [...document.querySelectorAll<HTMLElement>('article[data-path]')];
	const byPath = new Map([
		...articles.flatMap((article) => (article.dataset['originalPath'] ? [[article.dataset['originalPath'], article] as const] : [])),
		...articles.map((article) => [article.dataset['path'], article] as const),
	]);
	for (const article of articles) {
		for (const element of article.querySelectorAll('[id]')) element.id = `${article.id}--${element.id}`;
	}
	for (const article of articles) {
		for (const link of article.querySelectorAll<HTMLAnchorElement>('a[href]')) {
			const url = new URL(link.href);
			if (url.origin !== document.location.origin) continue;
			const target = url.pathname === document.location.pathname ? article : byPath.get(url.pathname.replace(/\/?$/, '/'));
			if (!target) continue;
			const inner = url.hash ? `${target.id}--${safeDecode(url.hash.slice(1))}` : '';
			const id = inner && document.getElementById(inner) ? inner : target.id;
			link.setAttribute('href', `#${id}`);
			if (target !== article) link.after(pageReference(document, id));
		}
	}
}

/** " (page N)" in the booklet's language, N filled in by `booklet:pdf`; hidden until then. */
function pageReference(document: Document, id: string): HTMLElement {
	const reference = document.createElement('span');
	reference.className = 'rapport-booklet-ref';
	const number = document.createElement('span');
	number.dataset['pageOf'] = id;
	const [before = '', after = ''] = ui('rapport.booklet.pageRef').split(/\{\{\s*number\s*\}\}/);
	reference.append(` (${before}`, number, `${after})`);
	return reference;
}

function safeDecode(fragment: string): string {
	try {
		return decodeURIComponent(fragment);
	} catch {
		return fragment;
	}
}
