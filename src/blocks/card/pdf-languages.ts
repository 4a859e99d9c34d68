import type { Page } from 'playwright-core';

/** One language of a built page, as its `<link rel="alternate" hreflang>` gives it. */
export interface BuiltLanguage {
	/** Its language tag, e.g. `fr`. */
	lang: string;
	/** Its folder in `dist/` and on the site: `fr`, or `` for the language at the root. */
	dir: string;
	/** The page's path in that language, e.g. `/fr/cards/`. */
	path: string;
}

/**
 * The languages the page open in `page` is built in, read from its
 * `<link rel="alternate" hreflang>` (the card pages and booklets have them),
 * the page's own first; only its own when it has none. `route` is the page's
 * path under a language's folder (`cards/`): what comes before it is the folder.
 * `/cards/` with alternates `/cards/` and `/fr/cards/` → [{ dir: '' }, { dir: 'fr' }]
 */
export async function builtLanguages(page: Page, route: string): Promise<BuiltLanguage[]> {
	const own = new URL(page.url()).pathname;
	const links = await page.evaluate(() => ({
		lang: document.documentElement.lang,
		alternates: [...document.querySelectorAll<HTMLLinkElement>('link[rel="alternate"][hreflang]')].map((link) => ({
			lang: link.hreflang,
			href: link.href,
		})),
	}));
	const languages = [
		{ lang: links.lang, path: own },
		...links.alternates.map(({ lang, href }) => ({ lang, path: new URL(href).pathname })),
	];
	const seen = new Set<string>();
	return languages.flatMap(({ lang, path }) => {
		if (seen.has(path) || !path.endsWith(route)) return [];
		seen.add(path);
		return [{ lang, path, dir: path.slice(0, -route.length).replace(/^\/+|\/+$/g, '') }];
	});
}
