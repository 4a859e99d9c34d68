import { PDFDocument } from 'pdf-lib';

/**
 * Each card's own PDF, cut from the PDF of all cards at card size: `sheets`
 * gives, page by page, the card a sheet belongs to (undefined for a blank
 * kept for duplex, left out). The same pages Chromium prints for the card's
 * own page, without a print per card; `titleOf` names each PDF as that page's
 * `<title>` would. Undefined when the PDF's pages do not match the sheets one
 * for one (then each card has to be printed from its own page).
 */
export async function splitByCard(
	pdf: Uint8Array,
	sheets: readonly (string | undefined)[],
	{ lang, titleOf }: { lang: string; titleOf: (card: string) => string },
): Promise<Map<string, Uint8Array> | undefined> {
	const all = await PDFDocument.load(pdf);
	if (all.getPageCount() !== sheets.length) return undefined;
	const pagesOf = new Map<string, number[]>();
	sheets.forEach((card, index) => {
		if (card) pagesOf.set(card, [...(pagesOf.get(card) ?? []), index]);
	});
	const split = new Map<string, Uint8Array>();
	for (const [card, indices] of pagesOf) {
		const one = await PDFDocument.create();
		for (const page of await one.copyPages(all, indices)) one.addPage(page);
		one.setTitle(titleOf(card));
		one.setLanguage(lang);
		split.set(card, await one.save());
	}
	return split;
}
