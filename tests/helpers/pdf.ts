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
