import type { APIRoute } from 'astro';
import { reviewCsv } from './review-queue.ts';
import { siteReviewQueue } from './site-queue.ts';

/** `/review.csv`: the review queue as a spreadsheet, overdue first, with each page's address on the site. */
export const GET: APIRoute = async () => {
	const entries = await siteReviewQueue();
	return new Response(
		reviewCsv(entries, (entry) => entry.path),
		{ headers: { 'Content-Type': 'text/csv; charset=utf-8' } },
	);
};
