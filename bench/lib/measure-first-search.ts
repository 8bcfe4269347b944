import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CDPSession, Page } from 'playwright-core';
import { launchBrowser } from '../../tests/support/browser.ts';

/** Types a static host compresses on the fly. Pagefind's own index files (`.pf_*`) are gzipped already and sent as they are. */
const COMPRESSED_TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml; charset=utf-8',
	'.wasm': 'application/wasm',
	'.webmanifest': 'application/manifest+json',
	'.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves a built site on 127.0.0.1 as a typical static host does: text, scripts and WebAssembly gzipped when the
 * browser accepts it, everything else as it is. Returns the site's address (ending in the base path) and a closer.
 */
export async function serveGzipped(dist: string, base = '/'): Promise<{ url: string; close: () => Promise<void> }> {
	const server: Server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		let file = join(dist, normalize(path.startsWith(base) ? path.slice(base.length) : path).replace(/^(\.\.[/\\])+/, ''));
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		let status = 200;
		if (!existsSync(file)) [file, status] = [join(dist, '404.html'), 404];
		const body = existsSync(file) ? readFileSync(file) : Buffer.from('Not found');
		const type = COMPRESSED_TYPES[extname(file)];
		const gzip = type !== undefined && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
		response.writeHead(status, { 'Content-Type': type ?? 'application/octet-stream', ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) });
		response.end(gzip ? gzipSync(body) : body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return { url: `http://127.0.0.1:${port}${base}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export interface FirstSearchCost {
	/** Every byte the browser received (headers included) from opening the search page to the first results settling. */
	totalBytes: number;
	/**
	 * The search's part of `totalBytes`: scripts and the Pagefind bundle (code, WebAssembly, index, filters, result
	 * fragments), leaving out the page itself (HTML, CSS, images), as `bench/measure-search.ts` counts it.
	 */
	searchBytes: number;
	/** The part of `searchBytes` that came from the Pagefind bundle. */
	pagefindBytes: number;
	requests: number;
	/** Each request's path and the bytes received for it, largest first. */
	transfers: { path: string; bytes: number }[];
	/** Results listed on the page. */
	results: number;
}

export interface FirstSearchOptions {
	base?: string;
	/** The search page, relative to the base path. */
	searchPath?: string;
	query?: string;
	/** How long the network must be quiet after the results appear before counting stops. */
	quietMs?: number;
}

/**
 * Runs `visit` on a page of a fresh headless Chromium, its cache off and its network watched through DevTools, with
 * the built site served gzipped under `base`; closes both afterwards.
 */
async function withColdPage<T>(dist: string, base: string, visit: (open: { site: { url: string }; page: Page; cdp: CDPSession }) => Promise<T>): Promise<T> {
	const site = await serveGzipped(dist, base);
	const browser = await launchBrowser();
	try {
		const page = await browser.newPage();
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Network.enable');
		await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
		return await visit({ site, page, cdp });
	} finally {
		await browser.close();
		await site.close();
	}
}

/**
 * Measures the bytes a first-time visitor transfers for a first search, in headless Chromium with an empty cache
 * and a server that gzips as static hosts do: it opens the search page, types the query into the search box, waits
 * for the results and for the network to settle, and adds up the bytes Chromium received for every request.
 */
export async function measureFirstSearch(
	dist: string,
	{ base = '/', searchPath = 'search/', query = 'care', quietMs = 750 }: FirstSearchOptions = {},
): Promise<FirstSearchCost> {
	return withColdPage(dist, base, async ({ site, page, cdp }) => {
		const urls = new Map<string, string>();
		const received = new Map<string, number>();
		const inFlight = new Set<string>();
		let lastActivity = Date.now();
		cdp.on('Network.requestWillBeSent', (event) => {
			if (!/^https?:/.test(event.request.url)) return;
			urls.set(event.requestId, event.request.url);
			inFlight.add(event.requestId);
			lastActivity = Date.now();
		});
		const settle = (requestId: string, bytes: number) => {
			received.set(requestId, bytes);
			inFlight.delete(requestId);
			lastActivity = Date.now();
		};
		cdp.on('Network.loadingFinished', (event) => urls.has(event.requestId) && settle(event.requestId, event.encodedDataLength));
		cdp.on('Network.loadingFailed', (event) => urls.has(event.requestId) && settle(event.requestId, 0));
		await page.goto(`${site.url}${searchPath}`);
		await page.waitForFunction(() => customElements.get('site-search') !== undefined);
		// The whole query arrives as one input, as when pasted: typed key by key on a busy machine, a pause between
		// two keys could start a search for part of the word and count its requests too.
		await page.locator('#search-query').fill(query);
		await page.waitForURL(/\?q=/);
		await page.waitForFunction(() => document.querySelector('[data-results]')?.getAttribute('aria-busy') === 'false', undefined, { timeout: 60_000 });
		const deadline = Date.now() + 30_000;
		while ((inFlight.size > 0 || Date.now() - lastActivity < quietMs) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
		if (inFlight.size > 0) throw new Error(`Requests still loading 30 s after the results appeared: ${[...inFlight].map((id) => urls.get(id)).join(', ')}`);
		const results = await page.locator('[data-list] li').count();
		const cost: FirstSearchCost = { totalBytes: 0, searchBytes: 0, pagefindBytes: 0, requests: received.size, transfers: [], results };
		for (const [requestId, bytes] of received) {
			const path = new URL(urls.get(requestId)!).pathname;
			cost.transfers.push({ path, bytes });
			cost.totalBytes += bytes;
			if (/\/pagefind\//.test(path)) cost.pagefindBytes += bytes;
			if (/\/pagefind\/|\.m?js$/.test(path)) cost.searchBytes += bytes;
		}
		cost.transfers.sort((a, b) => b.bytes - a.bytes);
		return cost;
	});
}

/** Network conditions to emulate, in Chromium DevTools' units. */
export interface NetworkConditions {
	name: string;
	/** Round-trip time added to every request, in milliseconds. */
	latencyMs: number;
	downloadBitsPerSecond: number;
	uploadBitsPerSecond: number;
}

/** "Slow 4G" as Lighthouse defines it for its mobile runs: 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip. */
export const SLOW_4G: NetworkConditions = { name: 'Slow 4G', latencyMs: 150, downloadBitsPerSecond: 1.6 * 1024 * 1024, uploadBitsPerSecond: 750 * 1024 };

export interface SearchTimings {
	/**
	 * From opening the search page to typing the first key: to its search being ready (Pagefind's code, WebAssembly
	 * and page list loaded, when the results stop being busy), or with `typeAtOnce` to the search box working.
	 */
	readyMs: number;
	/** From the last key of the query to the first result on screen (with the word highlighted): the wait a visitor notices. */
	firstResultsMs: number;
	/** From the first key to the first result, typing at `keyDelayMs` a key. */
	fromFirstKeyMs: number;
}

/**
 * Times a first search under emulated network conditions, with an empty cache and a server that gzips as static
 * hosts do: opens the search page, waits until its search is ready (the page loads Pagefind as it opens, and says
 * so when it has: the results stop being busy), then types the query a key every `keyDelayMs` (a quick typist on a
 * phone) and waits for the first result. With `typeAtOnce`, typing starts as soon as the search box works, while
 * Pagefind may still be loading: the case of someone who types the moment the page appears.
 */
export async function measureSearchTimings(
	dist: string,
	{
		base = '/',
		searchPath = 'search/',
		query = 'care',
		network = SLOW_4G,
		keyDelayMs = 120,
		typeAtOnce = false,
	}: FirstSearchOptions & { network?: NetworkConditions; keyDelayMs?: number; typeAtOnce?: boolean } = {},
): Promise<SearchTimings> {
	return withColdPage(dist, base, async ({ site, page, cdp }) => {
		await cdp.send('Network.emulateNetworkConditions', {
			offline: false,
			latency: network.latencyMs,
			downloadThroughput: network.downloadBitsPerSecond / 8,
			uploadThroughput: network.uploadBitsPerSecond / 8,
		});
		const opened = performance.now();
		// Typing at once starts when the box works, however much of the page is still loading (its preloads delay
		// the load event), so then the page is not waited for beyond its first bytes.
		await page.goto(`${site.url}${searchPath}`, { timeout: 120_000, waitUntil: typeAtOnce ? 'commit' : 'load' });
		await page.waitForFunction(
			(atOnce) =>
				customElements.get('site-search') !== undefined && (atOnce || document.querySelector('[data-results]')?.getAttribute('aria-busy') === 'false'),
			typeAtOnce,
			{ timeout: 120_000, polling: 20 },
		);
		const readyMs = performance.now() - opened;
		const box = page.locator('#search-query');
		await box.focus();
		const firstKey = performance.now();
		await box.pressSequentially(query, { delay: keyDelayMs });
		const lastKey = performance.now();
		await page.waitForFunction(
			// The first result of this search: the listing shown before it (newest first) has no highlighted words.
			(wanted) => new URL(location.href).searchParams.get('q') === wanted && document.querySelector('[data-list] li:first-child mark') !== null,
			query,
			{ timeout: 120_000, polling: 20 },
		);
		const done = performance.now();
		return { readyMs, firstResultsMs: done - lastKey, fromFirstKeyMs: done - firstKey };
	});
}
