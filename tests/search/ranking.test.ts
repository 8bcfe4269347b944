import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, POLL_MS } from '../support/browser.ts';
import { serveDist, type ServedSite } from '../../packages/sharing-care/src/cli/serve-dist.ts';
import { readIndexedPages } from './read-search-index.ts';
import { waitForResults } from '../support/search-page.ts';

/**
 * Known queries keep their first results, as the search page shows them (its words read by
 * src/lib/search/read-search-words.ts, its results ordered by run-faceted-search.ts): a visitor who types an entry's
 * title finds that entry first, the words of a summary find their entry among the first results, the name of an
 * organisation, person or topic finds its page first, and words typed together find the pages that hold them
 * together first. Highlights are only the words searched for. A check on the ranking, for any change to what is
 * indexed (src/layouts/EntryLayout.astro, src/components/search/SearchMetadata.astro, the organisation, person and
 * topic pages) or to how the search page searches.
 */
const dist = inject('siteDist');
const pages = readIndexedPages(dist);
/** Entries carry a date; the organisation, person and topic pages do not. */
const entries = pages.filter((indexed) => indexed.meta.date);
const namePages = pages.filter((indexed) => !indexed.meta.date);

let browser: Browser;
let site: ServedSite;
let page: Page;
beforeAll(async () => {
	browser = await launchBrowser();
	site = await serveDist(dist);
	page = await browser.newPage();
	await page.goto(`${site.url}search/`);
	await page.waitForFunction(() => customElements.get('site-search') !== undefined, undefined, { polling: POLL_MS });
});
afterAll(async () => {
	await browser?.close();
	await site?.close();
});

interface Shown {
	url: string;
	/** The highlighted words of its excerpt, in order. */
	marks: string[];
}

/** Searches as a visitor who types the words and presses Search, and reads the results the page shows, best first. */
async function search(query: string): Promise<Shown[]> {
	await page.evaluate((words) => {
		const box = document.querySelector<HTMLInputElement>('#search-query')!;
		box.value = words;
		box.form!.requestSubmit();
	}, query);
	await waitForResults(page);
	return page.locator('[data-list] li').evaluateAll((items) =>
		items.map((item) => ({
			url: new URL(item.querySelector('a')!.href).pathname,
			marks: [...item.querySelectorAll('.result-text mark')].map((mark) => mark.textContent ?? ''),
		})),
	);
}

const urls = async (query: string, count: number) => (await search(query)).slice(0, count).map((shown) => shown.url);

/** The words of a text as compared here: lower case, split at anything but letters and digits ("co-op" is "co" "op"). */
const wordsOf = (text: string) =>
	text
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter(Boolean);
/**
 * Whether an indexed page (its text, title or summary) has the words side by side, in this order, each roughly as
 * Pagefind matches a word: the page's word starts with it, less a plural "s" ("care co-op" stands in "Care
 * Co-operative", and "care workers" in "care worker").
 */
function holdsTogether(url: string, words: string): boolean {
	const indexed = pages.find((candidate) => candidate.url === url);
	if (!indexed) throw new Error(`${url} is not in the search index`);
	const wanted = wordsOf(words).map((word) => word.replace(/(.{3})s$/u, '$1'));
	return [indexed.content, indexed.meta.title ?? '', indexed.meta.summary ?? ''].some((text) => {
		const found = wordsOf(text);
		return found.some((_, start) => wanted.every((word, offset) => found[start + offset]?.startsWith(word)));
	});
}

describe('search ranking', () => {
	it('puts the entry first when its title is typed', async () => {
		expect(entries.length).toBeGreaterThan(10);
		const misses: string[] = [];
		for (const { url, meta } of entries) {
			const [first] = await urls(meta.title!, 1);
			if (first !== url) misses.push(`"${meta.title}": ${first} instead of ${url}`);
		}
		expect(misses).toEqual([]);
	});

	it('finds an entry among the first three results from the words of its summary', async () => {
		const misses: string[] = [];
		for (const { url, meta } of entries) {
			const found = await urls(meta.summary!, 3);
			if (!found.includes(url)) misses.push(`"${meta.summary}": ${found.join(', ')}`);
		}
		expect(misses).toEqual([]);
	});

	it('puts an organisation, person or topic first when its name is typed, above the entries that mention it', async () => {
		const kinds = new Set(namePages.map(({ url }) => url.split('/')[1]));
		expect([...kinds].sort()).toEqual(['organisations', 'people', 'topics']);
		const misses: string[] = [];
		for (const { url, meta } of namePages) {
			// An organisation's page title ends with its short name: "Millbrook Care Co-operative (Millbrook)".
			const name = meta.title!.replace(/ \(.*\)$/, '');
			const [first] = await urls(name, 1);
			if (first !== url) misses.push(`"${name}": ${first} instead of ${url}`);
		}
		expect(misses).toEqual([]);
	});

	it('puts the funder first for its name, then the report that names it', async () => {
		expect(await urls('Northfield Community Trust', 2)).toEqual(['/organisations/northfield-community-trust/', '/reports/learning-report-2024/']);
	});

	it('puts the pages that hold the words together before those that have them apart', async () => {
		// Pagefind alone ranks the community audit first for the first: its title has "community", and its text "trusted".
		for (const words of ['community trust', 'care co-op', 'care workers', 'membership and governance']) {
			const found = (await search(words)).map(({ url }) => url);
			const together = found.map((url) => holdsTogether(url, words));
			expect(together.slice(0, together.lastIndexOf(true) + 1), `${words}: ${found.join(', ')}`).not.toContain(false);
		}
		expect((await urls('community trust', 10)).at(-1)).toBe('/audits/community-audit-2023/');
	});

	it('keeps only the results with a phrase in quotation marks, word for word', async () => {
		const quoted = (await search('"care workers"')).map(({ url }) => url);
		const loose = (await search('care workers')).map(({ url }) => url);
		expect(quoted.length).toBeGreaterThan(1);
		expect(quoted.filter((url) => !holdsTogether(url, 'care worker'))).toEqual([]);
		expect(quoted.filter((url) => !loose.includes(url))).toEqual([]);
		expect(loose.filter((url) => !quoted.includes(url)).length, 'a page with "care" and "workers" apart').toBeGreaterThan(0);
		expect(await urls('“Northfield Community Trust”', 3)).toEqual(['/organisations/northfield-community-trust/', '/reports/learning-report-2024/']);
	});

	it('highlights only the words searched for: not stop words, nor words that only start the same', async () => {
		// "a" would find "a", "asked" and "agreed"; "care" would find "carers"; "shared" is a form of "share".
		const [report] = await search('a shared trainer');
		expect(report).toEqual({ url: '/reports/learning-report-2024/', marks: ['share', 'a shared trainer'] });
		const marks = (await search('care')).flatMap((shown) => shown.marks.map((mark) => mark.toLowerCase()));
		expect(marks).toContain('care');
		expect(marks.filter((mark) => !['care', 'cared', 'cares', 'caring'].includes(mark))).toEqual([]);
		const [funded] = await search('Northfield Community Trust');
		expect(funded?.marks).toEqual(['Northfield Community Trust']);
	});
});
