import { readFile } from 'node:fs/promises';
import { glob } from 'astro/loaders';
import type { Loader } from 'astro/loaders';
import { pagePattern } from './page-route.ts';
import { findRenderFailures, listeningForFailures, renderFailureError } from './render-failures.ts';
import { derivedTitle } from './title.ts';

/**
 * The content loader of the playbook: Astro's glob loader over `folder`, which
 * gives pages without a frontmatter `title` one from their first heading or
 * file name, so existing Markdown can be dropped in as it is. Pages are kept
 * rendered, not as raw text as well (a quarter of the content store on a big
 * playbook): what search needs of the text is in each page's data. A page
 * that fails to render, or renders empty, fails the build (on every build).
 */
export function playbookLoader(folder: string): Loader {
	const inner = glob({ base: folder, pattern: pagePattern, retainBody: false });
	return {
		name: 'rapport-playbook-loader',
		load: async (given) => {
			const { context, causes } = listeningForFailures(given);
			await inner.load({
				...context,
				parseData: async (entry) => {
					const title = entry.data['title'];
					if (typeof title === 'string' && title.trim()) return context.parseData(entry);
					const contents = entry.filePath ? await readFile(entry.filePath, 'utf8') : '';
					return context.parseData({ ...entry, data: { ...entry.data, title: derivedTitle(contents, entry.filePath ?? entry.id) } });
				},
			});
			// Astro publishes a page that failed to render as an empty page, and its cache hides that on the next build.
			const failures = findRenderFailures(context, causes);
			if (failures.length > 0) throw renderFailureError(failures);
		},
	};
}
