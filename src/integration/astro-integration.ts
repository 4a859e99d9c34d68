import { isUnifiedProcessor } from '@astrojs/markdown-remark';
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { authoringPlugins } from '../authoring/plugins.ts';
import { blocks } from '../blocks/index.ts';
import { remarkMissingImages } from '../content/remark-missing-images.ts';
import { replaceAstroSmartypants } from '../content/remark-smart-punctuation.ts';
import { remarkTitleHeading } from '../content/remark-title-heading.ts';
import { remarkExposePageData } from '../directives/page-data.ts';
import { remarkShowProblems } from '../directives/remark-show-problems.ts';
import { remarkSearchTerms } from '../search/remark-search-terms.ts';
import { remarkSectionLines } from '../search/remark-section-lines.ts';
import { lintFrontmatter, lintPlaybook } from '../lint/lint-playbook.ts';
import { rehypeStarlightLabels, type StarlightLabels } from '../i18n/rehype-starlight-labels.ts';
import { siteI18n, type SiteI18n } from '../i18n/site-i18n.ts';
import type { RapportOptions } from '../options.ts';
import { routes } from '../routes/index.ts';
import { logFindings, passGate, PlaybookError, startGate } from './build-gate.ts';
import type { Finding } from '../lint/findings.ts';
import { renderKey } from './render-key.ts';
import { starlightCacheKeys } from './starlight-cache-keys.ts';
import { virtualConfig } from './virtual-config.ts';

/**
 * The Astro side of Rapport: registers the remark plugins on the unified
 * processor, the pages blocks and Rapport add, the block scripts, the
 * `virtual:rapport/config` module, and the build gate that fails
 * `astro build` on any playbook error.
 */
export function rapportIntegration(
	options: RapportOptions,
	i18n: SiteI18n = siteI18n(),
	labels: Record<string, StarlightLabels> = {},
): AstroIntegration {
	let gate: Promise<Finding[]> | undefined;
	let cacheFile = '';
	return {
		name: 'rapport',
		hooks: {
			'astro:config:setup': async ({ command, config, injectRoute, injectScript, logger, updateConfig }) => {
				const root = fileURLToPath(config.root);
				const playbooks = resolve(root, options.playbooks);
				// Where the playbook check keeps its results between runs: beside Astro's content cache.
				cacheFile = join(fileURLToPath(config.cacheDir), 'rapport-lint.json');
				const processor = config.markdown.processor;
				if (!isUnifiedProcessor(processor)) {
					throw new Error(
						"Rapport needs the unified Markdown processor to render playbook blocks. In astro.config.mjs write `markdown: { processor: unified() }` with `import { unified } from '@astrojs/markdown-remark'`.",
					);
				}
				// Astro's SmartyPants step, done the same but faster.
				replaceAstroSmartypants(processor.options, config.markdown.smartypants);
				processor.options.remarkPlugins.push(
					// First: the author's words, before blocks add their labels and the title heading goes.
					[remarkSearchTerms, { synonyms: options.synonyms, i18n, playbooks }],
					remarkMissingImages,
					// What `npm run check` and the build gate run too.
					...authoringPlugins({
						playbooks,
						base: config.base,
						avoidWords: options.avoidWords,
						i18n,
						rawHtml: options.rawHtml,
						renderKey: renderKey(),
					}),
					// After the blocks: it reads the steps and lines they rendered.
					remarkSectionLines,
					remarkTitleHeading,
					remarkExposePageData,
					remarkShowProblems,
				);
				// After Starlight's: its heading links and asides in the page's language.
				processor.options.rehypePlugins.push([rehypeStarlightLabels, { i18n, playbooks, labels }]);
				for (const route of [...blocks.flatMap((block) => block.routes ?? []), ...routes]) {
					injectRoute({ pattern: route.pattern, entrypoint: route.entrypoint, prerender: true });
				}
				injectScript('page', blockScriptLoader());
				updateConfig({ vite: { plugins: [virtualConfig(options, i18n), starlightCacheKeys(logger)] } });
				if (command === 'build') {
					// Frontmatter first: Astro validates it while loading content, and its errors have no line.
					const early = (await lintFrontmatter({ ...options, root, i18n })).filter((finding) => finding.severity === 'error');
					if (early.length > 0) throw new PlaybookError(early);
					gate = startGate({ ...options, root, cacheFile, i18n });
					// Handled when awaited in astro:build:start; this only keeps an early failure from going unhandled meanwhile.
					gate.catch(() => undefined);
				}
			},
			// Content is synced (pages rendered) by now; pages are generated after this hook.
			'astro:build:start': async ({ logger }) => {
				if (gate) await passGate(gate, logger);
			},
			'astro:server:setup': async ({ server, logger }) => {
				const root = server.config.root;
				const lint = async () => logFindings(await lintPlaybook({ ...options, root, cacheFile, i18n }), logger);
				await lint();
				const playbooks = resolve(root, options.playbooks);
				server.watcher.on('change', (path) => {
					if (path.startsWith(playbooks)) void lint();
				});
			},
		},
	};
}

/** A page script that loads each block's browser code only where the block is on the page. */
function blockScriptLoader(): string {
	return blocks
		.filter((block) => block.script)
		.map((block) => `if (document.querySelector('[data-playbook="${block.name}"]')) import(${JSON.stringify(block.script)});`)
		.join('\n');
}
