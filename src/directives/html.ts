import type { PhrasingContent, RootContent } from 'mdast';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';

/** The HTML of rendered mdast nodes (blocks already rendered): what the page shows for them. */
export function htmlOf(nodes: readonly (RootContent | PhrasingContent)[]): string {
	// Raw HTML the author wrote (`<kbd>`, a `<div>`) is kept, as the page keeps it.
	return toHtml(toHast({ type: 'root', children: [...nodes] as RootContent[] }, { allowDangerousHtml: true }), {
		allowDangerousHtml: true,
	});
}
