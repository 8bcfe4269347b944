import type { Browser, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, POLL_MS } from '../support/browser.ts';
import { SEARCH_QUERY, waitForSearchResults } from '../support/page-templates.ts';
import { serveDist, type ServedSite } from '../../packages/sharing-care/src/cli/serve-dist.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parsePage } from '../support/parse-page.ts';
import { readPage } from '../support/read-dist.ts';
import { BASED } from '../support/test-builds.ts';
import { waitForResults } from '../support/search-page.ts';

/** The pause after the last key before the search page searches (TYPING_PAUSE_MS in src/components/search/site-search.ts). */
const TYPING_PAUSE_MS = 250;

let browser: Browser;
let site: ServedSite;
beforeAll(async () => {
	browser = await launchBrowser();
	site = await serveDist(inject('siteDist'));
});
afterAll(async () => {
	await browser?.close();
	await site?.close();
});

describe('the search box', () => {
	it('fetches Pagefind’s entry file, page list and WebAssembly as the page opens, each once, as Pagefind asks for them', async () => {
		const dist = inject('siteDist');
		const links = parsePage(readPage(dist, 'search/'))
			.selectAll('head link[rel="preload"][as="fetch"][crossorigin]')
			.map((link) => new URL(String(link.properties.href), site.url));
		const paths = links.map((url) => url.pathname);
		expect(paths).toEqual(['/pagefind/pagefind-entry.json', expect.stringMatching(/^\/pagefind\/pagefind\.en_\w+\.pf_meta$/), '/pagefind/wasm.en.pagefind']);
		for (const path of paths) expect(existsSync(join(dist, path)), path).toBe(true);
		// The entry file's tag is the index's own hash, the one that names the page list.
		expect(paths[1]).toContain(`.${links[0]!.searchParams.get('ts')}.pf_meta`);
		// Under a base path, from the base path.
		const based = parsePage(readPage(inject('basedSiteDist'), 'search/'))
			.selectAll('head link[rel="preload"][as="fetch"]')
			.map((link) => String(link.properties.href));
		expect(based).toHaveLength(3);
		for (const href of based) {
			expect(href.startsWith(`${BASED.BASE_PATH}pagefind/`), href).toBe(true);
			expect(existsSync(join(inject('basedSiteDist'), new URL(href, 'https://x.example').pathname.slice(BASED.BASE_PATH.length))), href).toBe(true);
		}

		const page = await browser.newPage();
		try {
			const from = site.answered.length;
			await page.goto(`${site.url}search/`);
			await waitForResults(page);
			const answered = site.answered.slice(from).map((answer) => answer.path);
			// Pagefind took the preloaded responses: had it asked again, each would have been fetched twice.
			for (const path of paths)
				expect(
					answered.filter((each) => each === path),
					path,
				).toHaveLength(1);
		} finally {
			await page.close();
		}
	});

	it('is ready once Pagefind, its WebAssembly and its page list have loaded, so a search fetches only its words’ chunks and results', async () => {
		const page = await browser.newPage();
		try {
			const loaded: string[] = [];
			page.on('requestfinished', (request) => loaded.push(new URL(request.url()).pathname));
			await page.goto(`${site.url}search/`);
			await waitForResults(page);
			const ready = loaded.filter((path) => path.startsWith('/pagefind/'));
			expect(ready).toEqual(
				expect.arrayContaining([
					'/pagefind/pagefind.js',
					'/pagefind/pagefind-entry.json',
					expect.stringMatching(/^\/pagefind\/wasm\.\w+\.pagefind$/),
					expect.stringMatching(/\.pf_meta$/),
				]),
			);
			expect(ready.filter((path) => /\/(index|fragment|filter)\//.test(path))).toEqual([]);
			const before = loaded.length;
			await page.locator('#search-query').fill(SEARCH_QUERY);
			await waitForSearchResults(page);
			const searching = loaded.slice(before).filter((path) => path.startsWith('/pagefind/'));
			expect(searching.length).toBeGreaterThan(0);
			expect(searching.filter((path) => !/^\/pagefind\/(index|fragment)\//.test(path))).toEqual([]);
		} finally {
			await page.close();
		}
	});

	it('fetches the index chunk for the words being typed before the pause that starts the search', async () => {
		const page = await browser.newPage();
		try {
			// Once the page is ready, its clock stands still until the test moves it: the search waits for a pause in
			// typing, which a busy machine would otherwise make while the test types.
			await page.clock.install();
			await page.goto(`${site.url}search/`);
			await waitForResults(page);
			await page.clock.pauseAt(new Date(Date.now() + 1000));
			const isChunk = (url: string) => new URL(url).pathname.startsWith('/pagefind/index/');
			let requested = false;
			page.on('request', (request) => (requested ||= isChunk(request.url())));
			const chunk = page.waitForRequest((request) => isChunk(request.url()), { timeout: 15_000 });
			await page.locator('#search-query').pressSequentially(SEARCH_QUERY);
			// Pagefind waits for itself in steps of 50 ms when busy: move the page's clock on by such steps, short of the
			// pause after the last key that starts the search.
			for (let moved = 0; !requested && moved < TYPING_PAUSE_MS - 50; moved += 50) await page.clock.runFor(50);
			await chunk;
			expect(new URL(page.url()).search, 'no search has started yet').toBe('');
			await page.clock.runFor(1000);
			await waitForSearchResults(page);
			expect(new URL(page.url()).searchParams.get('q')).toBe(SEARCH_QUERY);
		} finally {
			await page.close();
		}
	});

	it('shows the first result as soon as it has come, before the results below it', async () => {
		const page = await browser.newPage();
		try {
			await page.goto(`${site.url}search/`);
			await waitForResults(page);
			// The first result's fragment comes at once; the others are held back, as on a slow connection.
			const held: Route[] = [];
			let firstPassed = false;
			await page.route('**/pagefind/fragment/**', (route) => {
				if (firstPassed) return void held.push(route);
				firstPassed = true;
				return route.continue();
			});
			await page.locator('#search-query').fill(SEARCH_QUERY);
			await page.waitForFunction(() => document.querySelector('[data-list] li:first-child mark') !== null, undefined, { polling: POLL_MS });
			expect(await page.locator('[data-list] li').count()).toBe(1);
			expect(await page.locator('[data-results]').getAttribute('aria-busy')).toBe('true');
			await expect.poll(() => held.length).toBeGreaterThan(0);
			for (const route of held) await route.continue();
			await waitForResults(page);
			expect(await page.locator('[data-list] li').count()).toBeGreaterThan(1);
		} finally {
			await page.close();
		}
	});
});
