import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { splitByCard } from '../../src/blocks/card/split-cards.ts';

/** A PDF with a page per width given, so each page can be told apart by its width. */
async function pdfOfWidths(widths: number[]): Promise<Uint8Array> {
	const pdf = await PDFDocument.create();
	for (const width of widths) pdf.addPage([width, 300]);
	return pdf.save();
}

const widthsOf = async (bytes: Uint8Array | undefined) =>
	bytes ? (await PDFDocument.load(bytes)).getPages().map((page) => page.getWidth()) : undefined;

describe('cutting the all-cards PDF into a PDF per card', () => {
	it('gives each card its own sheets in order, leaves the duplex blanks out, and names it', async () => {
		const pdf = await pdfOfWidths([101, 102, 103, 104, 105]);
		const split = await splitByCard(pdf, ['calm', 'calm', 'refund', undefined, 'hold'], {
			lang: 'fr',
			titleOf: (card) => `Fiche : ${card}`,
		});
		expect([...(split?.keys() ?? [])]).toEqual(['calm', 'refund', 'hold']);
		expect(await widthsOf(split?.get('calm'))).toEqual([101, 102]);
		expect(await widthsOf(split?.get('refund'))).toEqual([103]);
		expect(await widthsOf(split?.get('hold'))).toEqual([105]);
		const calm = await PDFDocument.load(split?.get('calm') ?? new Uint8Array());
		expect(calm.getTitle()).toBe('Fiche : calm');
	});

	it('gives up when the pages and the sheets do not match one for one', async () => {
		const pdf = await pdfOfWidths([101, 102, 103]);
		expect(await splitByCard(pdf, ['calm', 'calm'], { lang: 'en', titleOf: String })).toBeUndefined();
	});
});
