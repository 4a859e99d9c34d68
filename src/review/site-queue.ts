import options from 'virtual:rapport/config';
import { playbookPages } from '../content/pages.ts';
import type { PlaybookLocale } from '../i18n/locales.ts';
import { byUrgency, reviewEntry, type ReviewEntry } from './review-queue.ts';

/** A review entry with the page's address on the site and its language. */
export interface SiteReviewEntry extends ReviewEntry {
	path: string;
	locale: PlaybookLocale;
}

/** The day the site is built, which the review dates are measured from; `RAPPORT_TODAY=2026-11-30` pins it (tests, a rebuild of an old state). */
export function buildDay(): Date {
	const pinned = process.env['RAPPORT_TODAY'];
	const day = pinned ? new Date(pinned) : new Date();
	return Number.isNaN(day.getTime()) ? new Date() : day;
}

/**
 * The review queue of the site being built, as of {@link buildDay}: every
 * page of every language, or the pages written in `locale` (a translation has
 * its own owner and review date; a page not translated yet is its original's).
 */
export async function siteReviewQueue(now = buildDay(), locale?: PlaybookLocale): Promise<SiteReviewEntry[]> {
	const pages = (await playbookPages()).filter((page) => !locale || page.locale.dir === locale.dir);
	const entries = pages.map(({ entry, path, locale }) => ({
		...reviewEntry(
			{ file: entry.filePath ?? entry.id, title: entry.data.title, owner: entry.data.owner, reviewed: entry.data.reviewed },
			{ reviewAfterDays: options.reviewAfterDays, now },
		),
		path,
		locale,
	}));
	return byUrgency(entries);
}
