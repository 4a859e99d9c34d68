import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'tinyglobby';
import { pagePattern } from '../content/page-route.ts';
import { configuredI18n } from '../i18n/site-i18n.ts';
import type { RapportOptions } from '../options.ts';
import { offlineFallbackRoute, offlinePlan, type OfflinePlan } from './plan.ts';
import { retiringWorker } from './retiring-worker.ts';
import { serviceWorkerFile, writeServiceWorker } from './service-worker.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Offline desk mode, the Astro side: the offline page, the page script that
 * registers the service worker, and the worker itself, written once Starlight
 * has indexed the built site for search (Starlight's `astro:build:done` runs
 * first: Rapport's integrations come after it). With `offline: false`, and in
 * `astro dev`, `sw.js` is a worker that removes itself from browsers that saved
 * the site (unless the site has its own `public/sw.js`).
 */
export function offlineIntegration(options: RapportOptions): AstroIntegration {
	let plan: OfflinePlan = offlinePlan(0);
	let base = '/';
	// A worker of the site's own, in public/: never replaced by the retiring one.
	let ownWorker = false;
	return {
		name: 'rapport:offline',
		hooks: {
			'astro:config:setup': async ({ command, config, injectRoute, injectScript }) => {
				base = config.base.replace(/\/?$/, '/');
				ownWorker = existsSync(join(fileURLToPath(config.publicDir), serviceWorkerFile));
				if (!options.offline) return;
				const pages = await glob(pagePattern, { cwd: resolve(fileURLToPath(config.root), options.playbooks) });
				// Rapport's Starlight plugin has read the languages before adding this integration.
				const localeDirs = configuredI18n().locales.all.flatMap((locale) => (locale.dir ? [locale.dir] : []));
				plan = offlinePlan(pages.length, localeDirs);
				injectRoute({ pattern: `/${offlineFallbackRoute}`, entrypoint: here('./OfflinePage.astro'), prerender: true });
				// Only built sites have a worker; `astro dev` serves the retiring one (below).
				if (command === 'build') injectScript('page', offlineScript(plan));
			},
			// `astro dev` and `astro preview` share port 4321: a worker saved from the preview would answer for the dev server.
			'astro:server:setup': ({ server }) => {
				server.middlewares.use((request, response, next) => {
					// Astro has taken the base off the address by now (`/docs/sw.js` → `/sw.js`).
					const path = request.url?.split('?')[0];
					if (ownWorker || (path !== `/${serviceWorkerFile}` && path !== `${base}${serviceWorkerFile}`)) return next();
					response.setHeader('Content-Type', 'text/javascript');
					response.setHeader('Cache-Control', 'no-store');
					response.end(retiringWorker);
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const folder = fileURLToPath(dir);
				if (!options.offline) {
					if (!ownWorker) await writeFile(join(folder, serviceWorkerFile), retiringWorker);
					return;
				}
				if (ownWorker)
					logger.warn(`Offline copy: Rapport's service worker replaces public/${serviceWorkerFile}. Set \`offline: false\` to keep yours.`);
				const started = performance.now();
				const saved = await writeServiceWorker(folder, base, plan).catch((cause: unknown) => {
					throw new Error(
						`Rapport could not write the service worker of offline desk mode (${serviceWorkerFile}). Set \`offline: false\` to build without it.`,
						{ cause },
					);
				});
				const what = plan.wholeSite ? 'every page' : 'call scripts, desk cards, search and entry pages; other pages when opened';
				logger.info(
					`Offline copy: ${saved.count} files, ${(saved.size / 1024 / 1024).toFixed(1)} MB, saved on the first visit (${what}), in ${Math.round(performance.now() - started)}ms.`,
				);
				for (const warning of saved.warnings) logger.warn(`Offline copy: ${warning}`);
			},
		},
	};
}

/** The page script: loads the offline code and starts it with the build's plan. */
function offlineScript(plan: OfflinePlan): string {
	return `import(${JSON.stringify(here('./offline-client.ts'))}).then((offline) => offline.startOffline(${JSON.stringify(plan)}));`;
}
