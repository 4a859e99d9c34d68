import { slug } from 'github-slugger';

/** The pages of a playbook: Markdown and MDX files, except those whose name starts with `_`. */
export const pagePattern = '**/[^_]*.{md,mdx}';

/**
 * The route of a page from its path inside the playbook folder, as Astro's glob
 * loader makes ids: each segment slugged, extension and a final `index` dropped.
 * `Call Scripts/Angry caller.md` → `call-scripts/angry-caller`; `index.md` → ``.
 */
export function pageRoute(pathInPlaybook: string): string {
	const withoutExtension = pathInPlaybook.replace(/\.(md|mdx)$/i, '');
	const route = withoutExtension
		.split('/')
		.map((segment) => slug(segment))
		.join('/')
		.replace(/(^|\/)index$/, '');
	return route;
}

/** Makes a folder or file name readable: `call-scripts` → `Call scripts`, `01_intro` → `Intro`. */
export function humanize(name: string): string {
	const words = name
		.replace(/\.(md|mdx)$/i, '')
		.replace(/^\d+[-_. ]+/, '')
		.replace(/[-_]+/g, ' ')
		.trim();
	return words.charAt(0).toUpperCase() + words.slice(1);
}
