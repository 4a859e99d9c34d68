import type { StarlightPlugin } from '@astrojs/starlight/types';
import { fileURLToPath } from 'node:url';
import { blocks } from './blocks/index.ts';
import { rapportStrings } from './i18n/catalog.ts';
import { playbookLocales } from './i18n/locales.ts';
import { starlightLabels } from './i18n/rehype-starlight-labels.ts';
import { readStringOverrides, rememberI18n, sidebarLabel, siteI18n } from './i18n/site-i18n.ts';
import { rapportIntegration } from './integration/astro-integration.ts';
import { offlineIntegration } from './offline/integration.ts';
import { parseOptions, rememberOptions, type RapportUserOptions } from './options.ts';

export type { RapportOptions, RapportUserOptions } from './options.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Rapport, as a Starlight plugin: the playbook folder as Starlight's content,
 * the playbook blocks, their styles and scripts, owners and review dates, a
 * build that fails on any mistake in the playbook, and a site that works
 * offline after one visit.
 * @example starlight({ title: 'Playbook', plugins: [rapport({ reviewAfterDays: 90 })] })
 */
export default function rapport(userOptions?: RapportUserOptions): StarlightPlugin {
	const options = parseOptions(userOptions);
	rememberOptions(options);
	return {
		name: 'rapport',
		hooks: {
			// Rapport's strings in English, French, Spanish and German; a team's `src/content/i18n/<lang>.json` overrides any.
			'i18n:setup'({ injectTranslations }) {
				injectTranslations(rapportStrings);
			},
			'config:setup'({ config, astroConfig, updateConfig, addIntegration, addRouteMiddleware, useTranslations }) {
				const i18n = siteI18n(playbookLocales(config), astroConfig?.srcDir ? readStringOverrides(fileURLToPath(astroConfig.srcDir)) : {});
				rememberI18n(i18n);
				const folder = options.playbooks.replace(/^\.\//, '').replace(/\/$/, '');
				updateConfig({
					customCss: [
						here('./styles/rapport.css'),
						here('./styles/print.css'),
						...blocks.flatMap((block) => (block.styles ? [block.styles] : [])),
						...(config.customCss ?? []),
					],
					components: {
						PageTitle: here('./components/PageTitle.astro'),
						Search: here('./search/Search.astro'),
						MarkdownContent: here('./components/MarkdownContent.astro'),
						ThemeProvider: here('./components/ThemeProvider.astro'),
						// The line saying whether the playbook is saved for offline use.
						...(options.offline ? { Footer: here('./offline/Footer.astro') } : {}),
						...config.components,
					},
					markdown: { ...config.markdown, processedDirs: [...(config.markdown?.processedDirs ?? []), options.playbooks] },
					sidebar: config.sidebar ?? [
						{ ...sidebarLabel(i18n, 'rapport.situations.title'), link: '/situations/' },
						{ autogenerate: { directory: folder } },
						...blocks.flatMap((block) => block.sidebar ?? []).map(({ labelKey, link }) => ({ ...sidebarLabel(i18n, labelKey), link })),
					],
				});
				addRouteMiddleware({ entrypoint: here('./navigation/route-middleware.ts') });
				const labels = starlightLabels(
					useTranslations,
					i18n.locales.all.map((locale) => locale.lang),
				);
				addIntegration(rapportIntegration(options, i18n, labels));
				addIntegration(offlineIntegration(options));
			},
		},
	};
}
