import { blocks } from '../blocks/index.ts';
import { bookletPath, bookletRoute } from '../booklet/paths.ts';
import { localeOfPath, type PlaybookLocales } from '../i18n/locales.ts';

/**
 * Routes Rapport generates, with what they are for: a page may not take them
 * (nor any route below them). Those of its blocks' pages (`Block.reservedRoutes`), then its own.
 */
export const reservedRoutes: Record<string, string> = {
	...Object.fromEntries(blocks.flatMap((block) => Object.entries(block.reservedRoutes ?? {}))),
	situations: 'the situations index (`/situations/`)',
	'search-gaps': 'the list of searches that found nothing (`/search-gaps/`)',
	'search-words.json': 'the words search corrects typos with',
	review: 'the review queue (`/review/`)',
	'review.csv': 'the review queue as CSV',
	'whats-new': 'what changed in the playbook (`/whats-new/`)',
	[bookletRoute]: `the training booklets (\`${bookletPath('/')}\` and \`${bookletPath('/', '<section>')}\`)`,
};

/**
 * The reserved route `route` falls under, if any: `cards/x` → `cards`. Rapport
 * makes its routes in every language of `locales` too: `fr/cards/x` → `cards`.
 */
export function reservedRouteOf(route: string, locales?: PlaybookLocales): string | undefined {
	const dir = locales ? localeOfPath(route, locales).dir : '';
	const inLocale = dir && route.toLowerCase().startsWith(`${dir.toLowerCase()}/`) ? route.slice(dir.length + 1) : route;
	return Object.keys(reservedRoutes).find((reserved) => inLocale === reserved || inLocale.startsWith(`${reserved}/`));
}
