/** Routes Rapport generates, with what they are for: a page may not take them (nor any route below them). */
export const reservedRoutes: Record<string, string> = {
	cards: 'the desk cards (`/cards/` and `/cards/<id>/`)',
	'card-pdfs': 'the PDFs of the desk cards',
	situations: 'the situations index (`/situations/`)',
	'search-gaps': 'the list of searches that found nothing (`/search-gaps/`)',
	'search-words.json': 'the words search corrects typos with',
};

/** The reserved route `route` falls under, if any: `cards/x` → `cards`. */
export function reservedRouteOf(route: string): string | undefined {
	return Object.keys(reservedRoutes).find((reserved) => route === reserved || route.startsWith(`${reserved}/`));
}
