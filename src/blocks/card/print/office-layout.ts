/**
 * Cards on office paper: how many fit a sheet, and where each back goes so that
 * double-sided printing puts it behind its front. Pure functions, shared by
 * the browser script and the tests.
 */

/** Office paper a trainer may have, portrait, in millimetres. */
export const papers = {
	a4: { label: 'A4', widthMm: 210, heightMm: 297 },
	letter: { label: 'Letter', widthMm: 215.9, heightMm: 279.4 },
} as const;

/** A paper name: `a4` or `letter`. */
export type PaperName = keyof typeof papers;

/** How a duplex printer turns the sheet: over its long edge (book) or its short edge (notepad). */
export type Flip = 'long' | 'short';

/**
 * What an office printer cannot print, from each edge of the sheet (most lose
 * 4 to 5 mm). Crop marks stay out of it; a card's own padding (6 mm) keeps its
 * text out of it where the card meets the sheet's edge.
 */
export const unprintableMm = 5;

/** Cards laid out on one sheet: a grid, centred, with the margins left around it. */
export interface Grid {
	columns: number;
	rows: number;
	marginXMm: number;
	marginYMm: number;
	/** Cards turned a quarter turn to fit more on the sheet (eight A7 on A4 instead of four). */
	rotated: boolean;
	/** A cell's size on the sheet: the card's, or the card's turned. */
	cellWidthMm: number;
	cellHeightMm: number;
}

/**
 * The grid of `card`-sized cells that fits on `paper`, edge to edge, centred:
 * upright, or turned a quarter when that fits more cards on the sheet.
 */
export function gridFor(card: { widthMm: number; heightMm: number }, paper: PaperName): Grid {
	const upright = gridOf(card.widthMm, card.heightMm, paper, false);
	const turned = gridOf(card.heightMm, card.widthMm, paper, true);
	return turned.columns * turned.rows > upright.columns * upright.rows ? turned : upright;
}

function gridOf(cellWidthMm: number, cellHeightMm: number, paper: PaperName, rotated: boolean): Grid {
	const sheet = papers[paper];
	const columns = Math.max(1, Math.floor(sheet.widthMm / cellWidthMm + 1e-9));
	const rows = Math.max(1, Math.floor(sheet.heightMm / cellHeightMm + 1e-9));
	return {
		columns,
		rows,
		marginXMm: roundMm((sheet.widthMm - columns * cellWidthMm) / 2),
		marginYMm: roundMm((sheet.heightMm - rows * cellHeightMm) / 2),
		rotated,
		cellWidthMm,
		cellHeightMm,
	};
}

/**
 * How a face is turned in a turned grid, in degrees clockwise. Fronts turn a
 * quarter clockwise. Flipped on the sheet's long edge, a card's back comes up
 * upside down relative to a card turned over the usual way, so backs turn a
 * quarter anticlockwise; flipped on the short edge, they turn as the fronts.
 */
export function faceTurn(side: 'front' | 'back', flip: Flip): 90 | -90 {
	return side === 'back' && flip === 'long' ? -90 : 90;
}

function roundMm(value: number): number {
	return Math.max(0, Math.round(value * 100) / 100);
}

/**
 * Where the back of the card in cell `index` (row by row) goes on the back of the
 * sheet. A long-edge flip mirrors left and right; a short-edge flip mirrors top
 * and bottom. 2 × 2, long edge: 0 → 1, 1 → 0, 2 → 3, 3 → 2.
 */
export function backCell(index: number, grid: Pick<Grid, 'columns' | 'rows'>, flip: Flip): number {
	const row = Math.floor(index / grid.columns);
	const column = index % grid.columns;
	return flip === 'long' ? row * grid.columns + (grid.columns - 1 - column) : (grid.rows - 1 - row) * grid.columns + column;
}

/** Splits `items` into sheets of `perSheet`. */
export function chunk<T>(items: readonly T[], perSheet: number): T[][] {
	const sheets: T[][] = [];
	for (let start = 0; start < items.length; start += perSheet) sheets.push(items.slice(start, start + perSheet));
	return sheets;
}
