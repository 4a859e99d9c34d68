import { fileURLToPath } from 'node:url';
import { bookletRoute } from './paths.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The training booklet's pages, once per language (see `localeStaticPaths`):
 * `/print/` (the whole playbook) and `/print/<section>/`; `/fr/print/` and `/fr/print/<section>/`.
 */
export const bookletRoutes = [
	{ pattern: `/[...locale]/${bookletRoute}`, entrypoint: here('./routes/index.astro') },
	{ pattern: `/[...locale]/${bookletRoute}/[section]`, entrypoint: here('./routes/[section].astro') },
];
