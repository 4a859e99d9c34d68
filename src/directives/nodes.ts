import type { Data, List, Node, Parent, Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';

/** Any of the three directive node types of remark-directive. */
export type Directive = ContainerDirective | LeafDirective | TextDirective;

/** Type guard: is `node` a directive (`:name`, `::name` or `:::name`)? */
export function isDirective(node: Node): node is Directive {
	return node.type === 'containerDirective' || node.type === 'leafDirective' || node.type === 'textDirective';
}

/** The colons an author writes for a directive of this type: `:`, `::` or `:::`. */
export function colonsOf(type: Directive['type']): string {
	return type === 'textDirective' ? ':' : type === 'leafDirective' ? '::' : ':::';
}

/** Properties rendered on an element: what `data.hProperties` holds. */
export type Properties = Record<string, string | number | boolean | string[] | undefined>;

/**
 * Marks `node` to render as `<tagName …properties>` and returns it.
 * Setting `data.hName` also tells Starlight's directive restoration the node is claimed.
 */
export function renderAs<T extends Node>(node: T, tagName: string, properties: Properties = {}): T {
	const data: Data = node.data ?? {};
	data.hName = tagName;
	data.hProperties = { ...(data.hProperties ?? {}), ...stripUndefined(properties) };
	node.data = data;
	return node;
}

/** A new element node (an mdast paragraph that renders as `tagName`) holding `children`. */
export function element(tagName: string, properties: Properties, children: RootContent[] | PhrasingContent[]): Paragraph {
	return renderAs({ type: 'paragraph', children: children as PhrasingContent[] }, tagName, properties);
}

/** A new inline element (an mdast emphasis that renders as `tagName`), for use inside a paragraph. */
export function inline(tagName: string, properties: Properties, children: PhrasingContent[]): PhrasingContent {
	return renderAs({ type: 'emphasis', children }, tagName, properties);
}

/** A text node. */
export function text(value: string): PhrasingContent {
	return { type: 'text', value };
}

/**
 * Splits a container directive's children into its `[label]` (remark-directive
 * puts it first, as a paragraph flagged `directiveLabel`) and its body.
 */
export function splitLabel(node: ContainerDirective): { label: PhrasingContent[] | undefined; body: ContainerDirective['children'] } {
	const [first, ...rest] = node.children;
	if (first?.type === 'paragraph' && first.data?.directiveLabel === true) {
		return { label: first.children, body: rest };
	}
	return { label: undefined, body: node.children };
}

/** The plain text of a label, or '' when there is none. */
export function labelText(label: PhrasingContent[] | undefined): string {
	return label ? toString({ type: 'paragraph', children: label }).trim() : '';
}

/** The lists among `nodes` (direct children only). */
export function listsIn(nodes: readonly RootContent[]): List[] {
	return nodes.filter((node): node is List => node.type === 'list');
}

/** True when `node` has children (a parent node). */
export function isParent(node: Node): node is Parent {
	return Array.isArray((node as Partial<Parent>).children);
}

function stripUndefined(properties: Properties): Properties {
	return Object.fromEntries(Object.entries(properties).filter(([, value]) => value !== undefined));
}
