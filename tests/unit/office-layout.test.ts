import { describe, expect, it } from 'vitest';
import { cardSizes } from '../../src/blocks/card/sizes.ts';
import { backCell, chunk, faceTurn, gridFor } from '../../src/blocks/card/print/office-layout.ts';

describe('office paper layout', () => {
	it('fits four A6 cards on A4 and two on Letter', () => {
		expect(gridFor(cardSizes.a6, 'a4')).toEqual({
			columns: 2,
			rows: 2,
			marginXMm: 0,
			marginYMm: 0.5,
			rotated: false,
			cellWidthMm: 105,
			cellHeightMm: 148,
		});
		const letter = gridFor(cardSizes.a6, 'letter');
		expect(letter.columns * letter.rows).toBe(2);
	});

	it('fits four 3x5 cards on A4, and eight A7 cards turned a quarter', () => {
		const index = gridFor(cardSizes['3x5'], 'a4');
		expect(index.columns * index.rows).toBe(4);
		expect(index.marginXMm).toBeCloseTo(28.8, 1);
		expect(gridFor(cardSizes.a7, 'a4')).toMatchObject({ columns: 2, rows: 4, rotated: true, cellWidthMm: 105, cellHeightMm: 74 });
		expect(gridFor(cardSizes.a7, 'letter')).toMatchObject({ columns: 2, rows: 3, rotated: true });
	});

	it('turns backs so they read upright when the cut card is turned over', () => {
		expect(faceTurn('front', 'long')).toBe(90);
		expect(faceTurn('back', 'long')).toBe(-90);
		expect(faceTurn('back', 'short')).toBe(90);
	});

	it('mirrors backs left-right for a long-edge flip and top-bottom for a short-edge flip', () => {
		const grid = { columns: 2, rows: 2 };
		expect([0, 1, 2, 3].map((index) => backCell(index, grid, 'long'))).toEqual([1, 0, 3, 2]);
		expect([0, 1, 2, 3].map((index) => backCell(index, grid, 'short'))).toEqual([2, 3, 0, 1]);
		expect([0, 1].map((index) => backCell(index, { columns: 1, rows: 2 }, 'long'))).toEqual([0, 1]);
	});

	it('splits cards into sheets', () => {
		expect(chunk([1, 2, 3, 4, 5], 4)).toEqual([[1, 2, 3, 4], [5]]);
	});
});
