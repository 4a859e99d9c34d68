import { fileURLToPath } from 'node:url';
import { bookletRoutes } from '../booklet/index.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The pages Rapport itself adds to the site; blocks add theirs (`Block.routes`).
 * Their routes are reserved: see `reserved.ts`.
 */
export const routes = [
	// Once per language: `/situations/`, `/fr/situations/` (see `localeStaticPaths`).
	{ pattern: '/[...locale]/situations', entrypoint: here('./situations/index.astro') },
	{ pattern: '/[...locale]/search-gaps', entrypoint: here('./search-gaps/index.astro') },
	{ pattern: '/[...locale]/search-words.json', entrypoint: here('./search-words.json.ts') },
	{ pattern: '/[...locale]/review', entrypoint: here('../review/ReviewPage.astro') },
	{ pattern: '/review.csv', entrypoint: here('../review/review-csv.ts') },
	{ pattern: '/[...locale]/whats-new', entrypoint: here('../review/WhatsNewPage.astro') },
	...bookletRoutes,
];
