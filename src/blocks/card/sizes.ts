/** A printed card size: its sheet in millimetres and the type that fits it. */
export interface CardSize {
	/** As trainers name it: "A6", "3 × 5 in". */
	label: string;
	widthMm: number;
	heightMm: number;
	/** Body text size on the printed card, in points. */
	fontPt: number;
}

/** The sizes a card can be printed at (`size="…"`), portrait, width × height. */
export const cardSizes = {
	a6: { label: 'A6', widthMm: 105, heightMm: 148, fontPt: 11 },
	a7: { label: 'A7', widthMm: 74, heightMm: 105, fontPt: 8.5 },
	'3x5': { label: '3 × 5 in', widthMm: 76.2, heightMm: 127, fontPt: 9.5 },
	'4x6': { label: '4 × 6 in', widthMm: 101.6, heightMm: 152.4, fontPt: 11 },
} as const satisfies Record<string, CardSize>;

/** A size name authors write. */
export type CardSizeName = keyof typeof cardSizes;

/** The size a card gets when it names none. */
export const defaultCardSize: CardSizeName = 'a6';

/** Type guard: is `name` a card size? */
export function isCardSize(name: string): name is CardSizeName {
	return Object.hasOwn(cardSizes, name);
}

/** Layout of a printed face, shared by the fit estimate and the print styles (millimetres). */
export const faceLayout = {
	/** Padding inside the sheet, on every side. */
	paddingMm: 6,
	/** The footer: source page, review date, QR code. */
	footerMm: 9,
	/** Line height as a multiple of the font size. */
	lineHeight: 1.3,
	/** Average width of a character as a multiple of the font size. */
	charWidth: 0.5,
} as const;

/** CSS custom properties that size a face: `--card-width: 105mm; …`. */
export function sizeStyle(size: CardSizeName): string {
	const { widthMm, heightMm, fontPt } = cardSizes[size];
	return `--card-width:${widthMm}mm;--card-height:${heightMm}mm;--card-font:${fontPt}pt`;
}
