/** The values a report-a-problem URL template can hold: `{title}`, `{url}`, `{file}`, `{owner}`. */
export const reportFields = ['title', 'url', 'file', 'owner'] as const;

/** What a report link says about its page. */
export type ReportValues = Record<(typeof reportFields)[number], string>;

/** True for a template whose `{names}` are all known and which is a web or mail address. */
export function isReportTemplate(template: string): boolean {
	const names = [...template.matchAll(/\{([^{}]*)\}/g)].map((match) => match[1] ?? '');
	return (
		/^(?:https?:\/\/[^\s]+|mailto:[^\s]*)$/i.test(template) && names.every((name) => (reportFields as readonly string[]).includes(name))
	);
}

/**
 * The address a "Report a problem" link opens: `template` with each `{name}`
 * replaced by its value, URL-encoded (so a title with `&` or spaces cannot break the address).
 * @example reportUrl('https://git.example/issues/new?title={title}', { title: 'Refunds & returns', … }) → '…?title=Refunds%20%26%20returns'
 */
export function reportUrl(template: string, values: ReportValues): string {
	return template.replace(/\{(title|url|file|owner)\}/g, (_, name: keyof ReportValues) => encodeURIComponent(values[name]));
}
