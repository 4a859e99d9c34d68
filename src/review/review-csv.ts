import type { APIRoute } from 'astro';
import { site } from '../i18n/ui.ts';
import { reviewCsv } from './review-queue.ts';
import { siteReviewQueue } from './site-queue.ts';

/**
 * `/review.csv`: the review queue as a spreadsheet, overdue first, with each
 * page's address on the site: every page of every language, with a `lang`
 * column when the playbook has more than one.
 */
export const GET: APIRoute = async () => {
	const entries = await siteReviewQueue();
	const languages = site.locales.all.length > 1;
	return new Response(
		reviewCsv(entries, (entry) => entry.path, languages ? (entry) => entry.locale.lang : undefined),
		{ headers: { 'Content-Type': 'text/csv; charset=utf-8' } },
	);
};
