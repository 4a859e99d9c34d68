import { docsSchema } from '@astrojs/starlight/schema';
import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';

/** The same pages as Rapport's, read by plain Starlight (its docs schema, nothing added). */
export const collections = {
	docs: defineCollection({
		loader: glob({ base: process.env['BENCH_CONTENT'] ?? '../../playbooks', pattern: '**/[^_]*.{md,mdx}' }),
		schema: docsSchema(),
	}),
};
