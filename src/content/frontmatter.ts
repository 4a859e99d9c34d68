import { z } from 'astro/zod';

/** Where a page applies. */
export const channelNames = ['phone', 'chat', 'email', 'in-person'] as const;
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
	/** When the owner last checked the page. */
	reviewed: z.coerce.date().optional(),
	/** Who keeps the page true. */
	owner: z.string().trim().min(1).optional(),
});

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
};
