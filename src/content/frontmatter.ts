import { z } from 'astro/zod';
import { channelNames } from './channels.ts';

export { channelNames };
/** Which customers a page is for. */
export const audienceNames = ['internal', 'external', 'any'] as const;

/**
 * Rapport's frontmatter, added to Starlight's with `docsSchema({ extend })`.
 * @example
 * situation: Caller is swearing
 * channels: [phone, chat]
 * audience: external
 * keywords: [abusive, rude, cursing]
 * reviewed: 2026-11-01
 * owner: Support team leads
 * changed: 2026-11-20 New refund limits
 */
export const playbookFrontmatter = z.object({
	/** The situation a page handles, as an agent would name it. */
	situation: z.string().trim().min(1).optional(),
	/** Where the page applies. */
	channels: z.array(z.enum(channelNames)).default([]),
	/** Which customers it is for. */
	audience: z.enum(audienceNames).default('any'),
	/** Words agents may type that the text lacks; they raise the page in search. */
	keywords: z.array(z.string().trim().min(1)).default([]),
	/** When the owner last checked the page: a real calendar day (`2026-02-30` is a mistake, not March 2). */
	reviewed: z
		.union([z.date(), z.string().trim().refine(isCalendarDate)])
		.transform((value) => new Date(value))
		.optional(),
	/** Who keeps the page true. */
	owner: z.string().trim().min(1).optional(),
	/** What changed last, for agents: a real day then a few words (`2026-11-20 New refund limits`). */
	changed: z
		.string()
		.trim()
		.refine((value) => isCalendarDate(value.slice(0, 10)) && /^\d{4}-\d{2}-\d{2}\s+\S/.test(value))
		.transform((value) => ({ date: new Date(value.slice(0, 10)), note: value.slice(10).trim() }))
		.optional(),
});

/** True for `YYYY-MM-DD` (optionally with a time) naming a day that exists. */
function isCalendarDate(value: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
	if (!match) return false;
	const [, year, month, day] = match.map(Number) as [number, number, number, number];
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Rapport's frontmatter fields once parsed. */
export type PlaybookFrontmatter = z.output<typeof playbookFrontmatter>;

/** For each field: what an author should have written, for error messages. */
export const frontmatterHelp: Record<keyof PlaybookFrontmatter, { expected: string; example: string }> = {
	situation: { expected: 'a short line of text', example: 'situation: Caller is swearing' },
	channels: { expected: `a list of ${channelNames.map((name) => `\`${name}\``).join(', ')}`, example: 'channels: [phone, chat]' },
	audience: { expected: `one of ${audienceNames.map((name) => `\`${name}\``).join(', ')}`, example: 'audience: external' },
	keywords: { expected: 'a list of words', example: 'keywords: [irate, furious, refund]' },
	reviewed: { expected: 'a date written YYYY-MM-DD', example: 'reviewed: 2026-11-01' },
	owner: { expected: 'the name of a person or team', example: 'owner: Support team leads' },
	changed: { expected: 'a date written YYYY-MM-DD, then what changed', example: 'changed: 2026-11-20 New refund limits' },
};
