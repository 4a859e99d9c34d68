import { readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

/** Content types of what an Astro and Starlight build writes; anything else is sent as bytes. */
const contentTypes: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.webmanifest': 'application/manifest+json; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.gif': 'image/gif',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ico': 'image/x-icon',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2',
	'.ttf': 'font/ttf',
	'.wasm': 'application/wasm',
	'.pdf': 'application/pdf',
};

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
 * Serves the built site in `dist` under `base` on loopback, as a static host
 * would: `/x/` and `/x` answer `x/index.html`, a missing file the site's
 * `404.html` with status 404. Nothing is cached, so a rebuilt site is served
 * as it is now. Resolves once it listens, on a free port.
 */
export async function serveStatic(dist: string, base: string): Promise<Server> {
	const root = normalize(dist.endsWith(sep) ? dist : `${dist}${sep}`);
	const fileFor = (pathname: string): string | undefined => {
		if (!pathname.startsWith(base) && `${pathname}/` !== base) return undefined;
		const inside = normalize(join(root, decodeURIComponent(pathname.slice(base.length - 1))));
		if (!inside.startsWith(root) && `${inside}${sep}` !== root) return undefined;
		for (const candidate of [inside, join(inside, 'index.html')]) {
			try {
				if (statSync(candidate).isFile()) return candidate;
			} catch {
				// Not this one.
			}
		}
		return undefined;
	};
	const server = createServer((request, response) => {
		let pathname = '/';
		try {
			pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
		} catch {
			// A malformed address is a page that does not exist.
		}
		let file: string | undefined;
		try {
			file = fileFor(pathname);
		} catch {
			file = undefined;
		}
		const missing = join(root, '404.html');
		const status = file ? 200 : 404;
		const body = file ? readFileSync(file) : readIfThere(missing);
		response.writeHead(status, {
			'Content-Type': file ? (contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream') : contentTypes['.html'],
			'Cache-Control': 'no-cache',
		});
		response.end(request.method === 'HEAD' ? undefined : (body ?? 'Not found'));
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', resolve);
	});
	return server;
}

function readIfThere(file: string): Buffer | undefined {
	try {
		return readFileSync(file);
	} catch {
		return undefined;
	}
}

/** The port `server` listens on. */
export function portOf(server: Server): number {
	return (server.address() as AddressInfo).port;
}
