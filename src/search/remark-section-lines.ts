import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { headingIds } from '../directives/ids.ts';
import { pageData } from '../directives/page-data.ts';

interface Rendered {
	data?: { hName?: string; hProperties?: Record<string, unknown> };
	children?: Rendered[];
}

/**
 * remark plugin (site only, after the blocks are rendered) that finds the
 * first line to say or ask in each section of the page, by the id a search
 * result opens it at: a heading's, a script step's, or '' before either. A
 * section result then shows its own line, not the page's first.
 */
export const remarkSectionLines: Plugin<[], Root> = () => (tree, file) => {
	const headings = headingIds(tree, file);
	const lines: Record<string, string> = {};
	const forSomeChannels: Record<string, string> = {};
	let section = '';
	visit(tree, (node: Node) => {
		const heading = node.type === 'heading' ? headings.get(node as never) : undefined;
		const { hProperties } = (node as Rendered).data ?? {};
		if (heading !== undefined) section = heading;
		else if (hProperties?.['dataPlaybook'] === 'step' && typeof hProperties['id'] === 'string') section = hProperties['id'];
		else if ((hProperties?.['dataPlaybook'] === 'say' || hProperties?.['dataPlaybook'] === 'ask') && !(section in lines)) {
			// The words inside the line's <q>, placeholders still written {name}: the browser fills them in.
			const words = (node as Rendered).children?.find((child) => child.data?.hName === 'q');
			if (!words) return;
			// A line for some channels only ("thanks for calling") is shown only when the section has no line for every channel.
			if (hProperties['dataChannels'] === undefined) lines[section] = toString(words).trim();
			else if (!(section in forSomeChannels)) forSomeChannels[section] = toString(words).trim();
		}
	});
	for (const [id, line] of Object.entries(forSomeChannels)) if (!(id in lines)) lines[id] = line;
	pageData(file).search.lines = lines;
};
