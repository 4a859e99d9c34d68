import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { cardSizes, faceLayout, type CardSizeName } from './sizes.ts';

const mmPerPt = 25.4 / 72;

/** How much text a face holds and how much room its printed size has, in lines. */
export interface FitEstimate {
	lines: number;
	room: number;
}

/**
 * Estimates, from the Markdown alone, how many lines a face needs at its
 * printed size and how many it has room for. An estimate (the browser tests
 * measure exactly): it counts characters per line for paragraphs and list
 * items, and a line for each heading, code line and table row.
 */
export function estimateFit(nodes: readonly RootContent[], size: CardSizeName, hasTitle: boolean): FitEstimate {
	const { widthMm, heightMm, fontPt } = cardSizes[size];
	const fontMm = fontPt * mmPerPt;
	const lineMm = fontMm * faceLayout.lineHeight;
	const charsPerLine = Math.floor((widthMm - 2 * faceLayout.paddingMm) / (fontMm * faceLayout.charWidth));
	// Every face opens with its kind line (0.72 em); a front also has its title (1.45 em, ruled).
	const titleLines = (hasTitle ? 2 : 0) + 0.9;
	const room = (heightMm - 2 * faceLayout.paddingMm - faceLayout.footerMm) / lineMm - titleLines;
	const lines = nodes.reduce((total, node) => total + linesOf(node, charsPerLine), 0);
	return { lines: Math.round(lines * 10) / 10, room: Math.floor(room * 10) / 10 };
}

function linesOf(node: RootContent, charsPerLine: number): number {
	const wrapped = (text: string, width: number) => Math.max(1, Math.ceil(text.length / width));
	switch (node.type) {
		case 'paragraph':
		case 'heading':
			return wrapped(toString(node), charsPerLine) + 0.5;
		case 'list':
			return node.children.reduce((sum, item) => sum + wrapped(toString(item), charsPerLine - 3) + 0.2, 0.3);
		case 'code':
			return node.value.split('\n').length + 0.5;
		case 'table':
			return node.children.length + 0.5;
		case 'thematicBreak':
			return 0;
		default:
			return 'children' in node ? wrapped(toString(node), charsPerLine) + 0.5 : 0;
	}
}
