import { readFile } from 'node:fs/promises';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { pagePattern } from './page-route.ts';
import { derivedTitle } from './title.ts';

/**
 * The content loader of the playbook: Astro's glob loader over `folder`, which
 * gives pages without a frontmatter `title` one from their first heading or
 * file name, so existing Markdown can be dropped in as it is. Pages are kept
 * rendered, not as raw text as well (a quarter of the content store on a big
 * playbook): what search needs of the text is in each page's data.
 */
export function playbookLoader(folder: string): Loader {
	const inner = glob({ base: folder, pattern: pagePattern, retainBody: false });
	return {
		name: 'rapport-playbook-loader',
		load: (context) =>
			inner.load({
				...context,
				parseData: async (entry) => {
					const title = entry.data['title'];
					if (typeof title === 'string' && title.trim()) return context.parseData(entry);
					const contents = entry.filePath ? await readFile(entry.filePath, 'utf8') : '';
					return context.parseData({ ...entry, data: { ...entry.data, title: derivedTitle(contents, entry.filePath ?? entry.id) } });
				},
			}),
	};
}
