/**
 * Where each linked element landed in a PDF Chromium printed: Chromium writes a
 * named destination for every element a link points at, so `#page-x` in the
 * contents gives the sheet the page `page-x` starts on. 1-based page numbers,
 * by id; an id with no destination is left out.
 */
export async function destinationPages(pdf: Uint8Array, ids: readonly string[]): Promise<Record<string, number>> {
	const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const task = getDocument({ data: new Uint8Array(pdf), verbosity: 0 });
	try {
		const document = await task.promise;
		const pages: Record<string, number> = {};
		for (const id of ids) {
			// A destination is [page reference, view, …]; pdf.js types it as any[].
			const destination: unknown[] | null = await document.getDestination(id);
			const ref: unknown = destination?.[0];
			if (ref && typeof ref === 'object') pages[id] = (await document.getPageIndex(ref as Parameters<typeof document.getPageIndex>[0])) + 1;
		}
		return pages;
	} finally {
		await task.destroy();
	}
}
