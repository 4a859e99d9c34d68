import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import options from 'virtual:rapport/config';
import { pagesInLocale } from '../content/pages.ts';
import { localeOfLang, site } from '../i18n/ui.ts';
import { localeSidebar } from './locale-sidebar.ts';
import { countLinks, scopeSidebar } from './scope-sidebar.ts';
import { labelSections } from './section-labels.ts';

/** The folders of the playbook's languages other than the root's (`fr`). */
const localeDirs = site.locales.all.map((locale) => locale.dir.toLowerCase()).filter(Boolean);
/** The playbook folder as Starlight's sidebar sorts sections by it (`playbooks`). */
const playbooksDir = options.playbooks.replace(/^\.\//, '').replace(/\/$/, '');

/**
 * Starlight route middleware: each language's pages in its sidebar (see
 * `localeSidebar`), readable section labels in every sidebar, and, in a
 * playbook too big for one list, a sidebar scoped to the current page's
 * sections. A page shown untranslated in another language's place
 * (`/fr/x/` in English) stays out of that language's search index.
 */
export const onRequest = defineRouteMiddleware(async (context) => {
	const route = context.locals.starlightRoute;
	const locale = localeOfLang(route.lang);
	if (localeDirs.length > 0)
		route.sidebar = localeSidebar(route.sidebar, localeDirs, locale.dir, await pagesInLocale(locale), {
			playbooksDir,
			currentPath: context.url.pathname,
		});
	labelSections(route.sidebar, options.sectionLabels, locale.dir);
	if (countLinks(route.sidebar) > options.sidebarLimit) route.sidebar = scopeSidebar(route.sidebar);
	// Pagefind files a page under its `<html lang>`: the English text of `/fr/x/` would answer French searches.
	// A copy of the entry, so the page at its own address (`/x/`) stays indexed.
	if (route.isFallback) route.entry = { ...route.entry, data: { ...route.entry.data, pagefind: false } };
});
