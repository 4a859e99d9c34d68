declare module 'virtual:rapport/config' {
	/** Rapport's options as configured in astro.config.mjs, with defaults applied. */
	const options: import('./options.ts').RapportOptions;
	export default options;
}
