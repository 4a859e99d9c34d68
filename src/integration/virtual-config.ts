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
		[`\0${modules.i18n}`]: `export default ${JSON.stringify(i18n)};`,
	};
	return {
		name: 'rapport:virtual-config',
		resolveId: (source: string) => (Object.values(modules).includes(source) ? `\0${source}` : undefined),
		load: (loaded: string) => sources[loaded],
	};
}
