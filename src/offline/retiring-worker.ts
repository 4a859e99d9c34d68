import { cachePrefix } from './service-worker.ts';

/**
 * A service worker that removes itself: served as `sw.js` where Rapport's
 * worker must not run (by `astro dev`, which shares port 4321 with `astro
 * preview`, and by a build with `offline: false`). A browser that saved the
 * site finds it on its next visit, drops Rapport's caches for the site,
 * unregisters, and reloads its open pages from the network. It caches nothing.
 */
export const retiringWorker = `self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
	event.waitUntil((async () => {
		const keys = await caches.keys();
		const base = new URL(self.registration.scope).pathname;
		const ours = keys.filter((key) => key.startsWith(${JSON.stringify(`${cachePrefix}-`)}) && (key.endsWith(self.registration.scope) || key.endsWith(\`-\${base}\`)));
		await Promise.all(ours.map((key) => caches.delete(key)));
		await self.registration.unregister();
		for (const client of await self.clients.matchAll({ type: 'window' })) client.navigate(client.url);
	})());
});
`;
