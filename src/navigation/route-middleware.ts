import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import options from 'virtual:rapport/config';
import { countLinks, scopeSidebar } from './scope-sidebar.ts';
import { labelSections, type NavEntry } from './section-labels.ts';

/**
 * Starlight route middleware: readable section labels in every sidebar, and,
 * in a playbook too big for one list, a sidebar scoped to the current page's sections.
 */
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	labelSections(route.sidebar as NavEntry[], options.sectionLabels);
	if (countLinks(route.sidebar) > options.sidebarLimit) route.sidebar = scopeSidebar(route.sidebar);
});
