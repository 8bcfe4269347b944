import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { ATTACHMENT_TYPES } from '../lib/files/find-attachment-type.ts';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.xml': 'application/xml; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.wasm': 'application/wasm',
	'.webmanifest': 'application/manifest+json',
	'.txt': 'text/plain; charset=utf-8',
	// The documents entries publish (attachments).
	...Object.fromEntries(ATTACHMENT_TYPES.map((type) => [`.${type.extension}`, type.mediaType])),
};

export interface ServedSite {
	/** The site's address, base path included, ending in `/`. */
	url: string;
	/** Every request answered, in order: its address path and the status sent (200, 304 or 404). */
	answered: { path: string; status: number }[];
	close: () => Promise<void>;
}

/**
 * Serves a built `dist/` folder on 127.0.0.1 under a base path, as a static host would:
 * `/base/topics/` → `topics/index.html`, unknown paths → `404.html` with status 404.
 * `headers` are added to every response (for example the CSP from `_headers`); given as a function, it is asked
 * for each address, as a host reads `_headers`. Each file has an ETag, and a request whose `If-None-Match` still
 * matches it is answered `304 Not Modified` with no body, as hosts do.
 */
export async function serveDist(
	dist: string,
	base = '/',
	headers: Record<string, string> | ((path: string) => Record<string, string>) = {},
): Promise<ServedSite> {
	const answered: ServedSite['answered'] = [];
	const server: Server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		const send = (file: string, status = 200) => {
			const { size, mtimeMs } = statSync(file);
			const etag = `"${size.toString(36)}-${Math.round(mtimeMs).toString(36)}"`;
			const sent = {
				'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
				ETag: etag,
				...(typeof headers === 'function' ? headers(path) : headers),
			};
			if (status === 200 && request.headers['if-none-match'] === etag) {
				answered.push({ path, status: 304 });
				response.writeHead(304, sent);
				response.end();
				return;
			}
			answered.push({ path, status });
			response.writeHead(status, sent);
			createReadStream(file).pipe(response);
		};
		if (!path.startsWith(base)) return send(join(dist, '404.html'), 404);
		const relative = normalize(path.slice(base.length)).replace(/^(\.\.[/\\])+/, '');
		let file = join(dist, relative);
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file)) return send(join(dist, '404.html'), 404);
		send(file);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}${base}`,
		answered,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
