import { fileURLToPath } from 'node:url';
import { bookletRoute } from './paths.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The training booklet's pages: `/print/` (the whole playbook) and `/print/<section>/`. */
export const bookletRoutes = [
	{ pattern: `/${bookletRoute}`, entrypoint: here('./routes/index.astro') },
	{ pattern: `/${bookletRoute}/[section]`, entrypoint: here('./routes/[section].astro') },
];
