import type { SiteI18n } from '../i18n/site-i18n.ts';
import type { RapportOptions } from '../options.ts';

const modules = { config: 'virtual:rapport/config', i18n: 'virtual:rapport/i18n' };

/**
 * Vite plugin serving `virtual:rapport/config` (the site's Rapport options)
 * and `virtual:rapport/i18n` (its languages and Rapport's strings in each),
 * for components, routes and the content config.
 */
export function virtualConfig(options: RapportOptions, i18n: SiteI18n) {
	const sources: Record<string, string> = {
		[`\0${modules.config}`]: `export default ${JSON.stringify(options)};`,
		// The default locale is one of `all`, as in `siteI18n`, so code can compare locales with `===` (JSON would copy it).
		[`\0${modules.i18n}`]: [
			`const i18n = ${JSON.stringify(i18n)};`,
			'i18n.locales.default = i18n.locales.all.find((locale) => locale.dir === i18n.locales.default.dir) ?? i18n.locales.default;',
			'export default i18n;',
		].join('\n'),
	};
	return {
		name: 'rapport:virtual-config',
		resolveId: (source: string) => (Object.values(modules).includes(source) ? `\0${source}` : undefined),
		load: (loaded: string) => sources[loaded],
	};
}
