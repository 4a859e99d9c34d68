import type { PhrasingContent, Text } from 'mdast';
import { inline, text } from '../../directives/nodes.ts';

/** `{name}`: a letter, then letters (any language's: `{délai}`), digits, `_` or `-`. */
const placeholderPattern = /\{(\p{L}[\p{L}\p{N}_-]*)\}/gu;

/** The placeholder names in `value`, in order, without repeats: `Hi {customer}, I'm {agent}` → customer, agent. */
export function placeholdersIn(value: string): string[] {
	return [...new Set([...value.matchAll(placeholderPattern)].map((match) => (match[1] ?? '').toLowerCase()))];
}

/**
 * Splits a text node at its `{name}` placeholders, each becoming
 * `<span data-placeholder="name">{name}</span>` the browser fills in.
 */
export function markPlaceholders(node: Text): PhrasingContent[] {
	const parts: PhrasingContent[] = [];
	let last = 0;
	for (const match of node.value.matchAll(placeholderPattern)) {
		if (match.index > last) parts.push(text(node.value.slice(last, match.index)));
		const name = (match[1] ?? '').toLowerCase();
		parts.push(inline('span', { dataPlaceholder: name, className: ['rapport-placeholder'] }, [text(match[0])]));
		last = match.index + match[0].length;
	}
	if (parts.length === 0) return [node];
	if (last < node.value.length) parts.push(text(node.value.slice(last)));
	return parts;
}
