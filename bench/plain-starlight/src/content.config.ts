import { docsSchema } from '@astrojs/starlight/schema';
import { glob, type Loader } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { readFile } from 'node:fs/promises';

/**
 * The same pages as Rapport's, read by plain Starlight with its own docs schema.
 * The one thing added: a page without a frontmatter title gets its first
 * heading, since plain Starlight cannot build such pages at all (the "titles
 * added by hand" of issue #7, done by the loader instead of by hand).
 */
function withTitles(inner: Loader): Loader {
	return {
		name: 'plain-with-titles',
		load: (context) =>
			inner.load({
				...context,
				parseData: async (entry) => {
					if (typeof entry.data['title'] === 'string') return context.parseData(entry);
					const text = entry.filePath ? await readFile(entry.filePath, 'utf8') : '';
					const title = /^#\s+(.+)$/m.exec(text)?.[1]?.trim() ?? entry.id;
					return context.parseData({ ...entry, data: { ...entry.data, title } });
				},
			}),
	};
}

export const collections = {
	docs: defineCollection({
		loader: withTitles(glob({ base: process.env['BENCH_CONTENT'] ?? '../../playbooks', pattern: '**/[^_]*.{md,mdx}' })),
		schema: docsSchema(),
	}),
};
