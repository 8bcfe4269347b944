import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { serveDist, type ServedSite } from '../../packages/sharing-care/src/cli/serve-dist.ts';
import { readIndexedPages } from './read-search-index.ts';

/**
 * Known queries keep their first results: a visitor who types an entry's title finds that entry first, and the
 * words of a summary find their entry among the first results. A check on the ranking, for any change to what is
 * indexed (src/layouts/EntryLayout.astro, src/components/search/SearchMetadata.astro).
 */
const dist = inject('siteDist');
const pages = readIndexedPages(dist);

let browser: Browser;
let site: ServedSite;
let page: Page;
beforeAll(async () => {
	browser = await launchBrowser();
	site = await serveDist(dist);
	page = await browser.newPage();
	await page.goto(`${site.url}search/`);
	// Written as text, so the test runner leaves the page's own import() alone.
	await page.evaluate(`(async () => {
		window.pagefind = await import('/pagefind/pagefind.js');
		await window.pagefind.options({ noWorker: true });
	})()`);
});
afterAll(async () => {
	await browser?.close();
	await site?.close();
});

/** The addresses of the first `count` results for a query, best first. */
function search(query: string, count: number): Promise<string[]> {
	return page.evaluate(
		async ({ query, count }) => {
			type Pagefind = { search: (query: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }> };
			const { results } = await (window as unknown as { pagefind: Pagefind }).pagefind.search(query);
			return Promise.all(results.slice(0, count).map(async (result) => (await result.data()).url));
		},
		{ query, count },
	);
}

describe('search ranking', () => {
	it('puts the entry first when its title is typed', async () => {
		expect(pages.length).toBeGreaterThan(10);
		const misses: string[] = [];
		for (const { url, meta } of pages) {
			const [first] = await search(meta.title!, 1);
			if (first !== url) misses.push(`"${meta.title}": ${first} instead of ${url}`);
		}
		expect(misses).toEqual([]);
	});

	it('finds an entry among the first three results from the words of its summary', async () => {
		const misses: string[] = [];
		for (const { url, meta } of pages) {
			const found = await search(meta.summary!, 3);
			if (!found.includes(url)) misses.push(`"${meta.summary}": ${found.join(', ')}`);
		}
		expect(misses).toEqual([]);
	});
});
