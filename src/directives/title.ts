import type { PhrasingContent } from 'mdast';
import { element, text, type Properties } from './nodes.ts';

/**
 * The visible title of a block: its `[label]` as written (emphasis and links kept),
 * else `fallback`. Rendered as a paragraph so it stays out of the table of contents.
 */
export function blockTitle(label: PhrasingContent[] | undefined, fallback: string, properties: Properties = {}) {
	return element('p', { className: ['rapport-title'], ...properties }, label ?? [text(fallback)]);
}
