declare module 'virtual:rapport/config' {
	/** Rapport's options as configured in astro.config.mjs, with defaults applied. */
	const options: import('./options.ts').RapportOptions;
	export default options;
}

declare module 'virtual:rapport/i18n' {
	/** The playbook's languages (Starlight's `locales`) and Rapport's strings in each. */
	const i18n: import('./i18n/site-i18n.ts').SiteI18n;
	export default i18n;
}

declare module 'virtual:starlight/user-config' {
	/** Starlight's config as the site sets it, with Starlight's defaults (Starlight's own module; it ships no types for it). */
	const config: import('@astrojs/starlight/types').StarlightConfig;
	export default config;
}
