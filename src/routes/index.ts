import { fileURLToPath } from 'node:url';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The pages Rapport adds to the site (their routes are reserved: see `reserved.ts`). */
export const routes = [
	{ pattern: '/cards', entrypoint: here('./cards/index.astro') },
	{ pattern: '/cards/[id]', entrypoint: here('./cards/[id].astro') },
	{ pattern: '/situations', entrypoint: here('./situations/index.astro') },
	{ pattern: '/search-gaps', entrypoint: here('./search-gaps/index.astro') },
	{ pattern: '/search-words.json', entrypoint: here('./search-words.json.ts') },
];
