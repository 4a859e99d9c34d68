import { PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';

/** A PDF page's size in millimetres. */
export interface SheetSize {
	widthMm: number;
	heightMm: number;
}

/** Prints `page` as Chromium would (CSS page sizes honoured) and returns each sheet's size. */
export async function printedSheets(page: Page): Promise<SheetSize[]> {
	const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
	const document = await PDFDocument.load(pdf);
	return document.getPages().map((sheet) => ({ widthMm: (sheet.getWidth() / 72) * 25.4, heightMm: (sheet.getHeight() / 72) * 25.4 }));
}

/** Sizes rounded to the millimetre (Chromium rounds page sizes to whole CSS pixels, a few tenths of a millimetre). */
export function roundSheets(sheets: SheetSize[]): string[] {
	return sheets.map((sheet) => `${Math.round(sheet.widthMm)}x${Math.round(sheet.heightMm)}`);
}

/** A run of text on a PDF page, where it starts, in millimetres from the sheet's top left. */
export interface PlacedText {
	text: string;
	xMm: number;
	yMm: number;
	/** The way the text runs, in degrees clockwise from left-to-right (90: it runs down the sheet). */
	turnDegrees: number;
}

/** A PDF page as a reader gets it: its size, and its text with where each run is. */
export interface ReadPage extends SheetSize {
	text: string;
	runs: PlacedText[];
}

const mmPerPoint = 25.4 / 72;

/** True when text item `next` starts where `before` ends, along `before`'s direction (turned text included). */
function runsOn(before: { transform: number[]; width: number }, next: { transform: number[] }): boolean {
	const [a = 1, b = 0, , , x = 0, y = 0] = before.transform;
	const scale = Math.hypot(a, b) || 1;
	const [endX, endY] = [x + (before.width * a) / scale, y + (before.width * b) / scale];
	return Math.abs(endX - (next.transform[4] ?? 0)) < 0.6 && Math.abs(endY - (next.transform[5] ?? 0)) < 0.6;
}

/** Reads a PDF back as a printer would print it: each page's size and the text on it (pdf.js, no browser). */
export async function readPdf(bytes: Uint8Array): Promise<ReadPage[]> {
	const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const task = getDocument({ data: new Uint8Array(bytes), verbosity: 0 });
	const document = await task.promise;
	const pages: ReadPage[] = [];
	for (let number = 1; number <= document.numPages; number++) {
		const page = await document.getPage(number);
		const [, , width = 0, height = 0] = page.view;
		const content = await page.getTextContent();
		const items = content.items.flatMap((item) => ('str' in item && item.str.trim() ? [item] : []));
		const runs = items.flatMap((item) =>
			item.str.trim()
				? [
						{
							text: item.str.replace(/[\uFB00-\uFB06]/g, (ligature) => ligature.normalize('NFKC')),
							xMm: (item.transform[4] as number) * mmPerPoint,
							yMm: (height - (item.transform[5] as number)) * mmPerPoint,
							turnDegrees: Math.round((-Math.atan2(item.transform[1] as number, item.transform[0] as number) * 180) / Math.PI),
						},
					]
				: [],
		);
		// A run that starts where the one before it ends, on its line, is the same word (Chromium sets a ligature such as "ff" apart).
		const text = runs
			.map((run, index) => {
				const [before, item] = [items[index - 1], items[index]];
				const abuts = before && item && runsOn(before, item);
				return (index === 0 || abuts ? '' : ' ') + run.text;
			})
			.join('');
		pages.push({ widthMm: width * mmPerPoint, heightMm: height * mmPerPoint, text, runs });
	}
	await task.destroy();
	return pages;
}
