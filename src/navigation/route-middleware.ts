import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import options from 'virtual:rapport/config';
import { labelSections, type NavEntry } from './section-labels.ts';

/** Starlight route middleware: readable section labels in the sidebar of every page. */
export const onRequest = defineRouteMiddleware((context) => {
	labelSections(context.locals.starlightRoute.sidebar as NavEntry[], options.sectionLabels);
});
