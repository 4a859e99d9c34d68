import { pathToFileURL } from 'node:url';
import { configuredI18n, isI18nConfigured, type SiteI18n } from './site-i18n.ts';

/** An Astro integration as the site's config lists it. */
interface ListedIntegration {
	name?: string;
	hooks?: Record<string, ((params: Record<string, unknown>) => unknown) | undefined>;
}

const quiet = () => undefined;
const silentLogger = {
	info: quiet,
	warn: quiet,
	error: quiet,
	debug: quiet,
	fork: () => silentLogger,
	label: 'rapport-check',
	options: {},
};

/**
 * The playbook's languages for `npm run check`, which reads the site's
 * `astro.config.mjs` without building it: Starlight's setup is run far enough
 * to call its plugins (Rapport's remembers the locales), then left. Anything
 * else that setup does needs a real build and may fail here; that is ignored.
 * When the plugins could not be reached, it says so and checks in the default language.
 */
export async function starlightI18n(config: { integrations?: unknown[] } | undefined, root: string): Promise<SiteI18n> {
	const starlight = (config?.integrations ?? [])
		.flat(Infinity)
		.find((entry): entry is ListedIntegration => (entry as ListedIntegration)?.name === '@astrojs/starlight');
	const setup = starlight?.hooks?.['astro:config:setup'];
	if (!setup) return configuredI18n();
	const rootUrl = pathToFileURL(root.endsWith('/') ? root : `${root}/`);
	try {
		await setup({
			command: 'build',
			isRestart: false,
			logger: silentLogger,
			config: { ...config, root: rootUrl, srcDir: new URL('src/', rootUrl), integrations: config?.integrations ?? [], markdown: {} },
			addMiddleware: quiet,
			injectRoute: quiet,
			injectScript: quiet,
			updateConfig: quiet,
			addWatchFile: quiet,
		});
	} catch {
		// Past the plugins' setup, Starlight's needs what only a build has.
	}
	if (!isI18nConfigured()) {
		console.error(
			'Rapport could not read the site’s languages from Starlight’s setup in astro.config.mjs; checking every page as the default language. `npm run build` checks them with the languages.',
		);
	}
	return configuredI18n();
}
