import { readFileSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CACHE_FOR_GOOD } from '../../packages/sharing-care/src/integration/search-cache-rules.ts';
import { headersForPath, parseHeadersFile } from '../../packages/sharing-care/src/lib/headers/format-headers-file.ts';
import { launchBrowser } from '../support/browser.ts';
import { SEARCH_QUERY, waitForSearchResults } from '../support/page-templates.ts';
import { serveDist, type ServedSite } from '../../packages/sharing-care/src/cli/serve-dist.ts';
import { BASED } from '../support/test-builds.ts';
import { followRequests } from '../support/watch-page.ts';
import { waitForResults } from '../support/search-page.ts';

/**
 * A returning visitor's search: with the caching rules the build writes into `_headers` (sent by a test host that
 * reads them, with ETags and `304 Not Modified` as static hosts answer), a second search fetches only what changed.
 * At the root of a domain (siteDist) and under a base path (basedSiteDist).
 */
const BUILDS = [
	['at the site root', 'siteDist', '/'],
	['under a base path', 'basedSiteDist', BASED.BASE_PATH],
] as const;

let browser: Browser;
beforeAll(async () => {
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
});

describe.each(BUILDS)('a second search (%s)', (_label, name, base) => {
	const dist = inject(name);
	const bundle = `${base}pagefind/`;
	let site: ServedSite;

	beforeAll(async () => {
		const rules = parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8'));
		site = await serveDist(dist, base, (path) => headersForPath(rules, path));
	});
	afterAll(async () => {
		await site?.close();
	});

	it('fetches again only what changed: nothing named by its content, and every other file only checked', async () => {
		const context = await browser.newContext();
		try {
			/** Opens the search page for the query in a new tab of the same browser, and returns what the host answered. */
			const visit = async () => {
				const from = site.answered.length;
				const page = await context.newPage();
				const requests = followRequests(page);
				await page.goto(`${site.url}search/?q=${SEARCH_QUERY}`);
				await waitForSearchResults(page);
				// Results are shown as they come: wait for the last of them, and for every request to finish, so that
				// each file the visit asked for is in the cache before the tab closes.
				await waitForResults(page);
				await requests.settled();
				await page.close();
				return site.answered.slice(from).filter((answer) => answer.path.startsWith(bundle));
			};
			const first = await visit();
			const hashed = first.filter((answer) => /\/(index|fragment)\//.test(answer.path) || answer.path.endsWith('.pf_meta'));
			expect(hashed.length, 'a first search loads index chunks, result fragments and the page list').toBeGreaterThan(2);
			expect(first.every((answer) => answer.status === 200)).toBe(true);
			for (const { path } of hashed)
				expect(headersForPath(parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8')), path)['Cache-Control'], path).toBe(CACHE_FOR_GOOD);

			// Nothing changed: files named by their content are not asked for again; the others are checked, costing no
			// body. Pagefind's entry file too, asked for under the index's own tag (preload-search-index.ts) rather than
			// afresh each time.
			const second = await visit();
			expect(second.filter((answer) => answer.status !== 304)).toEqual([]);
			expect(second.map((answer) => answer.path)).toContain(`${bundle}pagefind-entry.json`);
			expect(second.filter((answer) => hashed.some((file) => file.path === answer.path))).toEqual([]);
			expect(second.filter((answer) => answer.status === 304).length).toBeGreaterThan(0);

			// A file whose name stays the same when it changes (here Pagefind's code, as after an upgrade) comes again.
			const code = join(dist, 'pagefind', 'pagefind.js');
			const later = new Date(Date.now() + 60_000);
			utimesSync(code, later, later);
			const third = await visit();
			expect(
				third
					.filter((answer) => answer.status === 200)
					.map((answer) => answer.path)
					.sort(),
			).toEqual([`${bundle}pagefind.js`]);
		} finally {
			await context.close();
		}
	});
});
