import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, inject, it } from 'vitest';
import { ENTRY_COLLECTIONS } from '../../packages/sharing-care/src/collections/index.ts';
import { SEARCH_PAGE_SIZE } from '../../packages/sharing-care/src/lib/search/search-page-size.ts';
import { launchBrowser, POLL_MS } from '../support/browser.ts';
import { poolPages } from '../support/page-pool.ts';
import { waitForResults } from '../support/search-page.ts';
import { BASED } from '../support/test-builds.ts';
import { followRequests, watchPage, type PageWatch } from '../support/watch-page.ts';
import { serveDist, type ServedSite } from '../../packages/sharing-care/src/cli/serve-dist.ts';

/** What search needs from a Content Security Policy, and nothing more for scripts: no inline code, no eval. */
const SEARCH_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; img-src 'self' data:; style-src 'self' 'unsafe-inline'";

const REPORT = 'reports/learning-report-2024/';
const PRACTICE = 'practice/open-doors-hillcrest/';

let browser: Browser;
let site: ServedSite;
let based: ServedSite;
/** The pages the tests take turns with (a few run at once); a test that needs other settings opens its own. */
const pool = poolPages(() => browser);

beforeAll(async () => {
	browser = await launchBrowser();
	site = await serveDist(inject('siteDist'), '/', { 'Content-Security-Policy': SEARCH_CSP });
	based = await serveDist(inject('basedSiteDist'), BASED.BASE_PATH, { 'Content-Security-Policy': SEARCH_CSP });
});

afterAll(async () => {
	await browser?.close();
	await site?.close();
	await based?.close();
});

/** A page, watched while it is in use (watch-page.ts), and answers of 400 and over counted among its problems. */
interface WatchedPage extends PageWatch {
	page: Page;
}

/** Runs `use` with a page from the pool that records its problems and requests. */
function withPage<T>(use: (watched: WatchedPage) => Promise<T>): Promise<T> {
	return pool.use(async (page) => {
		const watch = await watchPage(page);
		page.on('response', (response) => response.status() >= 400 && watch.problems.push(`${response.status()} ${response.url()}`));
		return use({ page, ...watch });
	});
}

/**
 * Ticks a filter (its box's id and name) as a person would once its count is shown: reaching for the filters
 * fetches their counts, which can mark the value as giving no results.
 */
async function chooseFilter(page: Page, id: string, name: RegExp) {
	const box = page.getByRole('checkbox', { name });
	await box.focus();
	await page.waitForFunction((forId) => document.querySelector(`label[for="${forId}"] [data-count]`)?.textContent !== '', id, { polling: POLL_MS });
	await box.check();
}

/** The result links, as paths. */
async function resultPaths(page: Page): Promise<string[]> {
	return page.locator('[data-list] h3 a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
}

const status = (page: Page) => page.locator('[role="status"]').textContent();

// A few tests at a time, each with a page of its own from the pool: while one page's renderer works, the test and the
// browser's other processes work for the others.
describe.concurrent('search in the browser', () => {
	it('finds the one document with a rare word, as you type, and highlights it', ({ expect }) =>
		withPage(async ({ page, problems }) => {
			await page.goto(`${site.url}search/`);
			await waitForResults(page);
			expect(await status(page)).toBe('Type words to search for, or choose a filter to browse.');
			await page.locator('#search-query').pressSequentially('Ravensgill', { delay: 20 });
			await page.waitForURL(/\/search\/\?q=Ravensgill$/);
			await waitForResults(page);
			expect(await resultPaths(page)).toEqual([`/${REPORT}`]);
			expect(await page.locator('[data-list] mark').first().textContent()).toMatch(/^Ravensgill/);
			expect(await status(page)).toBe('1 result for “Ravensgill”.');
			expect(await page.locator('[data-list] .result-meta').first().textContent()).toBe('Project report · about March 2024');
			expect(problems).toEqual([]);
		}));

	it('narrows to practice examples with the keyboard and finds the one practice example', ({ expect }) =>
		withPage(async ({ page, problems }) => {
			await page.goto(`${site.url}search/?q=co-production`);
			await waitForResults(page);
			const before = await resultPaths(page);
			expect(before.length).toBeGreaterThan(3);
			expect(before).toContain(`/${PRACTICE}`);
			const practice = page.getByRole('checkbox', { name: /^Practice examples/ });
			await practice.focus();
			await page.keyboard.press('Space');
			await page.waitForURL(/\?q=co-production&type=practice$/);
			await waitForResults(page);
			expect(await resultPaths(page)).toEqual([`/${PRACTICE}`]);
			expect(await status(page)).toBe('1 result for “co-production”, with 1 filter.');
			// Focus stays on the filter; the other types still show what choosing them would add.
			expect(await practice.evaluate((box) => box === document.activeElement)).toBe(true);
			const blogCount = await page.locator('label[for="facet-type-blog"] [data-count]').textContent();
			expect(Number(blogCount?.replace(/\D/g, ''))).toBe(before.filter((path) => path.startsWith('/blog/')).length);
			expect(problems).toEqual([]);
		}));

	it('fetches the filter counts only once someone reaches for the filters', ({ expect }) =>
		withPage(async ({ page, problems, requests }) => {
			const filterData = () => requests.filter((url) => url.includes('/pagefind/filter/'));
			const count = (value: string) => page.locator(`label[for="facet-type-${value}"] [data-count]`).textContent();
			await page.goto(`${site.url}search/`);
			await waitForResults(page);
			// Before any search, the counts over the whole site come with the page.
			const blogOnSite = Number((await count('blog'))?.replace(/\D/g, ''));
			expect(blogOnSite).toBeGreaterThan(3);
			await page.locator('#search-query').fill('co-production');
			await page.locator('#search-query').press('Enter');
			await page.waitForURL(/\?q=co-production$/);
			await waitForResults(page);
			const found = await resultPaths(page);
			expect(found.length).toBeGreaterThan(3);
			// A search with words downloads no filter data, and shows no site-wide number that would now be wrong.
			expect(filterData()).toEqual([]);
			expect(await count('blog')).toBe('');
			// Moving to the filters fetches it, and the counts for this search appear.
			await page.getByRole('checkbox', { name: /^Practice examples/ }).focus();
			await page.waitForFunction(() => document.querySelector('label[for="facet-type-blog"] [data-count]')?.textContent !== '', undefined, {
				polling: POLL_MS,
			});
			expect(filterData().length).toBeGreaterThan(0);
			expect(Number((await count('blog'))?.replace(/\D/g, ''))).toBe(found.filter((path) => path.startsWith('/blog/')).length);
			expect(problems).toEqual([]);
		}));

	it('keeps every filter value in its place when the counts come, marking those that would give no results', ({ expect }) =>
		withPage(async ({ page }) => {
			await page.goto(`${site.url}search/?q=Ravensgill`);
			await waitForResults(page);
			const places = () =>
				page.locator('[data-option]').evaluateAll((options) =>
					options.map((option) => {
						const box = option.getBoundingClientRect();
						return `${Math.round(box.x)},${Math.round(box.y)}`;
					}),
				);
			const before = await places();
			const practice = page.getByRole('checkbox', { name: /^Practice examples/ });
			await practice.focus();
			await page.waitForFunction(() => document.querySelector('label[for="facet-type-reports"] [data-count]')?.textContent !== '', undefined, {
				polling: POLL_MS,
			});
			expect(await places()).toEqual(before);
			// "Ravensgill" is in one report only: reports give it, practice examples give none.
			expect(await page.locator('label[for="facet-type-reports"] [data-count]').textContent()).toBe('(1)');
			expect(await page.locator('#facet-type-reports').getAttribute('aria-disabled')).toBeNull();
			expect(await page.locator('label[for="facet-type-practice"] [data-count]').textContent()).toBe('(0)');
			expect(await practice.getAttribute('aria-disabled')).toBe('true');
			// Pressing it, with the keyboard or the pointer, changes nothing.
			await page.keyboard.press('Space');
			await practice.click({ force: true });
			expect(await practice.isChecked()).toBe(false);
			expect(new URL(page.url()).search).toBe('?q=Ravensgill');
		}));

	it('browses by filter with no words: all practice examples about care leavers', ({ expect }) =>
		withPage(async ({ page }) => {
			await page.goto(`${site.url}search/?type=practice&topic=care-leavers`);
			await waitForResults(page);
			expect(await resultPaths(page)).toEqual([`/${PRACTICE}`]);
			expect(await page.getByRole('checkbox', { name: /^Care leavers/ }).isChecked()).toBe(true);
			// No words means no relevance: the order is newest first and best match cannot be chosen.
			expect(await page.locator('#search-sort').inputValue()).toBe('newest');
			expect(await page.locator('#search-sort option[value="relevance"]').isDisabled()).toBe(true);
		}));

	it('opens a shared link to the same results, filters and order', ({ expect }) =>
		withPage(async ({ page }) => {
			await page.goto(`${site.url}search/`);
			await waitForResults(page);
			await page.locator('#search-query').fill('co-production');
			await page.locator('#search-query').press('Enter');
			await page.waitForURL(/\?q=co-production$/);
			await waitForResults(page);
			await chooseFilter(page, 'facet-type-blog', /^Blog/);
			await page.waitForURL(/type=blog/);
			await waitForResults(page);
			await page.locator('#search-sort').selectOption('newest');
			await page.waitForURL(/sort=newest/);
			await waitForResults(page);
			const shared = page.url();
			expect(new URL(shared).search).toBe('?q=co-production&type=blog&sort=newest');
			const found = await resultPaths(page);
			expect(found.length).toBeGreaterThan(1);
			expect(found.every((path) => path.startsWith('/blog/'))).toBe(true);

			await withPage(async ({ page: friend }) => {
				await friend.goto(shared);
				await waitForResults(friend);
				expect(await resultPaths(friend)).toEqual(found);
				expect(await friend.locator('#search-query').inputValue()).toBe('co-production');
				expect(await friend.getByRole('checkbox', { name: /^Blog/ }).isChecked()).toBe(true);
				expect(await friend.locator('#search-sort').inputValue()).toBe('newest');
				const dates = await friend.locator('[data-list] time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')!));
				expect(dates).toEqual([...dates].sort().reverse());
			});
		}));

	it('steps back and forward through searches with the browser buttons', ({ expect }) =>
		withPage(async ({ page }) => {
			await page.goto(`${site.url}search/?q=co-production`);
			await waitForResults(page);
			const all = await resultPaths(page);
			await chooseFilter(page, 'facet-type-practice', /^Practice examples/);
			await page.waitForURL(/type=practice/);
			await waitForResults(page);
			expect(await resultPaths(page)).toEqual([`/${PRACTICE}`]);

			await page.goBack();
			await waitForResults(page);
			expect(new URL(page.url()).search).toBe('?q=co-production');
			expect(await resultPaths(page)).toEqual(all);
			expect(await page.getByRole('checkbox', { name: /^Practice examples/ }).isChecked()).toBe(false);

			await page.goForward();
			await waitForResults(page);
			expect(await resultPaths(page)).toEqual([`/${PRACTICE}`]);
		}));

	it(`shows ${SEARCH_PAGE_SIZE} results at a time and moves focus to the first one added`, ({ expect }) =>
		withPage(async ({ page }) => {
			await page.goto(`${site.url}search/?${ENTRY_COLLECTIONS.map((type) => `type=${type}`).join('&')}`);
			await waitForResults(page);
			expect(await resultPaths(page)).toHaveLength(SEARCH_PAGE_SIZE);
			const total = Number(new RegExp(`^Showing \\d+ of (\\d+) results, with ${ENTRY_COLLECTIONS.length} filters\\.$`).exec((await status(page)) ?? '')?.[1]);
			expect(total).toBeGreaterThan(SEARCH_PAGE_SIZE);
			while ((await resultPaths(page)).length < total) {
				const shown = (await resultPaths(page)).length;
				await page.getByRole('button', { name: 'Show more results' }).click();
				// The results are busy from the press until every one added has come (they come one by one).
				await waitForResults(page);
				expect((await resultPaths(page)).length).toBe(Math.min(total, shown + SEARCH_PAGE_SIZE));
				const firstAdded = page.locator(`[data-list] li:nth-child(${shown + 1}) a`);
				expect(await firstAdded.evaluate((link) => link === document.activeElement)).toBe(true);
			}
			expect(await resultPaths(page)).toHaveLength(total);
			expect(await page.getByRole('button', { name: 'Show more results' }).isHidden()).toBe(true);
			const dates = await page.locator('[data-list] time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')!));
			expect(dates).toEqual([...dates].sort().reverse());
		}));

	it('adds each result once when "Show more results" is pressed again before the results have come', ({ expect }) =>
		withPage(async ({ page }) => {
			await page.goto(`${site.url}search/?${ENTRY_COLLECTIONS.map((type) => `type=${type}`).join('&')}`);
			await waitForResults(page);
			// The result fragments come slowly, so the second press lands while the first one's results are coming.
			await page.route('**/pagefind/fragment/**', async (route) => {
				await new Promise((resolve) => setTimeout(resolve, 100));
				await route.continue();
			});
			const total = Number(/ of (\d+) results/.exec((await status(page)) ?? '')?.[1]);
			await page.getByRole('button', { name: 'Show more results' }).dblclick();
			await waitForResults(page);
			const paths = await resultPaths(page);
			expect(paths).toHaveLength(Math.min(total, 2 * SEARCH_PAGE_SIZE));
			expect(new Set(paths).size).toBe(paths.length);
		}));

	it('takes the words from the header search box on any page to the search page', ({ expect }) =>
		withPage(async ({ page, requests }) => {
			await page.goto(`${site.url}${PRACTICE}`);
			await page.locator('#header-search-q').fill('Ravensgill');
			await page.locator('#header-search-q').press('Enter');
			await page.waitForURL(/\/search\/\?q=Ravensgill$/);
			await waitForResults(page);
			expect(await resultPaths(page)).toEqual([`/${REPORT}`]);
			expect(await page.locator('#search-query').inputValue()).toBe('Ravensgill');
			expect(requests.some((url) => url.includes('/pagefind/'))).toBe(true);
		}));

	it('loads no search code or index on any other page', ({ expect }) =>
		withPage(async ({ page, requests }) => {
			const followed = followRequests(page);
			for (const path of ['', PRACTICE, 'topics/', 'practice/']) {
				await page.goto(`${site.url}${path}`);
				// Everything the page asked for once loaded, including what its scripts asked for, has been answered.
				await followed.settled();
			}
			expect(requests.filter((url) => url.includes('/pagefind/') || /SiteSearch|site-search/.test(url))).toEqual([]);
		}));

	it('explains without JavaScript that search needs it, and offers the browse pages', async ({ expect }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${site.url}search/?q=Ravensgill`);
		expect(await page.getByRole('heading', { name: 'Search needs JavaScript' }).isVisible()).toBe(true);
		expect(await page.locator('#search-query').isVisible()).toBe(false);
		await page.locator('.unavailable', { hasText: 'Search needs JavaScript' }).getByRole('link', { name: 'Practice examples' }).click();
		expect(new URL(page.url()).pathname).toBe('/practice/');
		await context.close();
	});

	it('passes an accessibility check with results on the page', ({ expect }) =>
		withPage(async ({ page }) => {
			await page.goto(`${site.url}search/?q=care&topic=partnerships`);
			await waitForResults(page);
			// axe is evaluated by the browser's automation, not added as a script, so the page keeps its CSP.
			await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
			const violations = await page.evaluate(async () => {
				const result = await (
					window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }
				).axe.run(document, {
					runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
				});
				return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
			});
			expect(violations).toEqual([]);
		}));
});

describe.concurrent('search under a base path', () => {
	it('loads its index and assets from the base path and links results into it', ({ expect }) =>
		withPage(async ({ page, problems, requests }) => {
			await page.goto(`${based.url}search/?q=Ravensgill`);
			await waitForResults(page);
			expect(await resultPaths(page)).toEqual([`${BASED.BASE_PATH}${REPORT}`]);
			const served = requests.map((url) => new URL(url).pathname);
			expect(served.filter((path) => path.includes('pagefind')).length).toBeGreaterThan(4);
			expect(served.filter((path) => !path.startsWith(BASED.BASE_PATH))).toEqual([]);
			expect(problems).toEqual([]);

			await page.locator('[data-list] h3 a').first().click();
			await page.waitForURL(`${based.url}${REPORT}`);
			expect(await page.locator('h1').textContent()).toBe('Learning report, January to March 2024');
			expect(problems).toEqual([]);
		}));

	it('filters under the base path too', ({ expect }) =>
		withPage(async ({ page }) => {
			await page.goto(`${based.url}search/?q=co-production`);
			await waitForResults(page);
			await chooseFilter(page, 'facet-type-practice', /^Practice examples/);
			await page.waitForURL(`${based.url}search/?q=co-production&type=practice`);
			await waitForResults(page);
			expect(await resultPaths(page)).toEqual([`${BASED.BASE_PATH}${PRACTICE}`]);
		}));
});
