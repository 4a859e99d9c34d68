/** A CSS string literal of `text`, safe inside a `<style>` element. */
export function cssString(text: string): string {
	return `"${text
		.replace(/[\\"]/g, '\\$&')
		.replace(/[\n\r\f]/g, ' ')
		.replace(/</g, '\\3c ')}"`;
}

/**
 * A CSS `content` value from a string with `{{page}}` and `{{pages}}` slots:
 * `Page {{page}} of {{pages}}` → `"Page " counter(page) " of " counter(pages)`.
 */
export function pageCounterContent(template: string): string {
	return template
		.split(/(\{\{\s*pages?\s*\}\})/)
		.filter((part) => part !== '')
		.map((part) => {
			const counter = /^\{\{\s*(pages?)\s*\}\}$/.exec(part)?.[1];
			return counter ? `counter(${counter})` : cssString(part);
		})
		.join(' ');
}

/**
 * The booklet's `@page` rules: the running header (playbook and section on the
 * left, build date on the right) and "Page N of M" (`pageOf`, in the booklet's
 * language) at the foot, in the page's margin boxes; none on the cover. No
 * paper size: the printer's (or `booklet:pdf --paper`) is used.
 */
export function bookletPageCss(header: string, built: string, pageOf = 'Page {{page}} of {{pages}}'): string {
	const box = 'font: 8pt system-ui, sans-serif; color: #555;';
	return [
		'@page {',
		'\tmargin: 18mm 16mm 20mm;',
		`\t@top-left { content: ${cssString(header)}; ${box} }`,
		`\t@top-right { content: ${cssString(built)}; ${box} }`,
		`\t@bottom-center { content: ${pageCounterContent(pageOf)}; ${box} }`,
		'}',
		'@page :first {',
		'\t@top-left { content: none; }',
		'\t@top-right { content: none; }',
		'\t@bottom-center { content: none; }',
		'}',
	].join('\n');
}
