import { relative } from 'node:path';
import type { AcrossPagesContext, PlacedOnPage } from '../../directives/block.ts';
import { report } from '../../directives/problems.ts';
import type { VFile } from 'vfile';
import { cardPrintPath } from './paths.ts';

/** Card ids name print pages (`/cards/<id>/`), so they are unique across the playbook. */
export function checkUniqueCardIds(pages: readonly PlacedOnPage[], { root }: AcrossPagesContext): void {
	const first = new Map<string, { file: VFile; line: number }>();
	for (const { file, blocks } of pages) {
		for (const block of blocks) {
			const line = block.node.position?.start.line ?? 1;
			const earlier = first.get(block.id);
			if (!earlier) {
				first.set(block.id, { file, line });
			} else if (earlier.file !== file) {
				report(file, block.node, {
					rule: 'card/duplicate-id',
					reason: `Unexpected card id \`${block.id}\`: ${relative(root, earlier.file.path)}:${earlier.line} has a card with that id too, and both would print at ${cardPrintPath('/', block.id)}.`,
					fix: `Give one of them its own id, e.g. \`{#${block.id}-2}\`.`,
				});
			}
		}
	}
}
