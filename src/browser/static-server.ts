import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';

/**
 * The `base` a built site was made for, read from where its pages load
 * Astro's assets (`<base>_astro/…`); `/` when no page says.
 */
export function builtBase(dist: string): string {
	for (const page of ['404.html', 'index.html']) {
		try {
			const asset = /(?:href|src)="(\/[^"]*?)_astro\//.exec(readFileSync(join(dist, page), 'utf8'));
			if (asset?.[1]) return asset[1];
		} catch {
			// Not built: the next page.
		}
	}
	return '/';
}

/**
 * Serves the built site in `dist` under `base` on loopback with sirv, as a
 * static host would: `/x/` and `/x` answer `x/index.html`, what is not there
 * (or not under `base`) the site's `404.html` with status 404. Read from disk
 * at each request, so a rebuilt site is served as it is now. Resolves once it
 * listens, on a free port.
 */
export async function serveStatic(dist: string, base: string): Promise<Server> {
	const notFound = (response: import('node:http').ServerResponse) => {
		let page: Buffer | string = 'Not found';
		try {
			page = readFileSync(join(dist, '404.html'));
		} catch {
			// A site with no 404 page: the words will do.
		}
		response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
		response.end(page);
	};
	const files = sirv(dist, { dev: true, onNoMatch: (_request, response) => notFound(response) });
	const server = createServer((request, response) => {
		const url = request.url ?? '/';
		if (!url.startsWith(base) && !`${url}/`.startsWith(base)) return notFound(response);
		request.url = `/${url.slice(base.length)}`;
		files(request, response, () => notFound(response));
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', resolve);
	});
	return server;
}

/** The port `server` listens on. */
export function portOf(server: Server): number {
	return (server.address() as AddressInfo).port;
}
