import type { RapportOptions } from '../options.ts';

const id = 'virtual:rapport/config';
const resolvedId = `\0${id}`;

/** Vite plugin serving `virtual:rapport/config`: the site's Rapport options, for components and the content config. */
export function virtualConfig(options: RapportOptions) {
	return {
		name: 'rapport:virtual-config',
		resolveId: (source: string) => (source === id ? resolvedId : undefined),
		load: (loaded: string) => (loaded === resolvedId ? `export default ${JSON.stringify(options)};` : undefined),
	};
}
