import { describe, expect, it } from 'vitest';
import {
	buildPagefindFilters,
	runFacetedSearch,
	type FacetCounts,
	type PagefindApi,
	type PagefindFilters,
	type PagefindSearchOptions,
} from './run-faceted-search.ts';

interface Page {
	id: string;
	words: string;
	date: string;
	filters: Record<string, string[]>;
}

const pages: Page[] = [
	{ id: 'belongings', words: 'care leavers belonging', date: '2015-01-01', filters: { type: ['practice'], topic: ['care-leavers', 'partnerships'] } },
	{ id: 'report', words: 'care co-operative Slaithwaite', date: '2022-06-30', filters: { type: ['reports'], topic: ['partnerships'] } },
	{ id: 'audit', words: 'small care providers recruitment', date: '2021-10-01', filters: { type: ['audits'], topic: ['recruitment-and-retention'] } },
	{ id: 'post', words: 'recruitment of care workers', date: '2023-01-01', filters: { type: ['blog'], topic: ['recruitment-and-retention', 'partnerships'] } },
];

const matches = (page: Page, filters: PagefindFilters = {}) =>
	Object.entries(filters).every(([facet, { any }]) => any.some((value) => page.filters[facet]?.includes(value)));

function countValues(list: Page[]): FacetCounts {
	const counts: FacetCounts = {};
	for (const page of list) {
		for (const [facet, values] of Object.entries(page.filters)) for (const value of values) (counts[facet] ??= {})[value] = (counts[facet][value] ?? 0) + 1;
	}
	return counts;
}

/**
 * A stand-in for pagefind.js over four pages, with Pagefind's semantics: counts assume the value is added to the
 * filters, and a query in quotation marks is a phrase the page must hold as it is.
 */
function fakePagefind(list: Page[] = pages) {
	const calls: { term: string | null; options?: PagefindSearchOptions | undefined }[] = [];
	const filterCalls: number[] = [];
	const api: PagefindApi = {
		filters: async () => {
			filterCalls.push(1);
			return countValues(list);
		},
		search: async (term, options) => {
			calls.push({ term, options });
			const phrase = term?.match(/^"(.+)"$/)?.[1];
			const holds = (page: Page) => term === null || (phrase ? page.words.includes(phrase) : term.split(' ').every((word) => page.words.includes(word)));
			const found = list.filter((page) => holds(page) && matches(page, options?.filters));
			if (options?.sort) found.sort((a, b) => b.date.localeCompare(a.date));
			// Where the words matched, as Pagefind gives it: the positions of words that start with a word searched for.
			const positions = (page: Page) =>
				page.words.split(' ').flatMap((word, index) => (term?.split(' ').some((wanted) => word.startsWith(wanted)) ? [index] : []));
			return {
				results: found.map((page) => ({ id: page.id, words: positions(page), data: async () => ({ url: `/${page.id}/`, content: page.words, meta: {} }) })),
				filters: countValues(found),
			};
		},
	};
	return { api, calls, filterCalls };
}

describe('buildPagefindFilters', () => {
	it('asks for any of the chosen values of each facet', () => {
		expect(buildPagefindFilters({ type: ['practice', 'blog'], topic: ['partnerships'] })).toEqual({
			type: { any: ['practice', 'blog'] },
			topic: { any: ['partnerships'] },
		});
	});

	it('leaves out facets with no choice and the facet it is told to leave out', () => {
		expect(buildPagefindFilters({ type: ['blog'], topic: [], year: ['2022'] }, 'year')).toEqual({ type: { any: ['blog'] } });
	});
});

describe('runFacetedSearch', () => {
	it('searches nothing without words or filters, and gives the counts over the whole site', async () => {
		const { api, calls } = fakePagefind();
		const outcome = await runFacetedSearch(api, { query: '', filters: {}, sort: 'newest' });
		expect(outcome.searched).toBe(false);
		expect(outcome.results).toEqual([]);
		expect(outcome.counts?.topic?.partnerships).toBe(3);
		expect(calls).toEqual([]);
	});

	it('browses by filter alone, newest first', async () => {
		const { api, calls } = fakePagefind();
		const outcome = await runFacetedSearch(api, { query: '', filters: { topic: ['recruitment-and-retention'] }, sort: 'newest' });
		expect(outcome.results.map((result) => result.id)).toEqual(['post', 'audit']);
		expect(calls[0]).toEqual({ term: null, options: { filters: { topic: { any: ['recruitment-and-retention'] } }, sort: { date: 'desc' } } });
	});

	it('ranks by relevance when there are words and no order is chosen', async () => {
		const { api, calls } = fakePagefind();
		await runFacetedSearch(api, { query: 'care', filters: {}, sort: 'relevance' });
		expect(calls[0]?.options).toEqual({ filters: {} });
	});

	it('sorts newest first when asked, even with words', async () => {
		const { api } = fakePagefind();
		const outcome = await runFacetedSearch(api, { query: 'care', filters: {}, sort: 'newest' });
		expect(outcome.results.map((result) => result.id)).toEqual(['post', 'report', 'audit', 'belongings']);
	});

	it('counts a facet’s other values as alternatives, and other facets as narrowing', async () => {
		const { api } = fakePagefind();
		const outcome = await runFacetedSearch(api, { query: 'care', filters: { type: ['practice'] }, sort: 'relevance' });
		expect(outcome.results.map((result) => result.id)).toEqual(['belongings']);
		// Type counts ignore the chosen type: choosing audits as well would add one result.
		expect(outcome.counts?.type).toEqual({ practice: 1, reports: 1, audits: 1, blog: 1 });
		// Topic counts keep the chosen type.
		expect(outcome.counts?.topic).toEqual({ 'care-leavers': 1, partnerships: 1 });
	});

	it('combines values of one facet with OR and facets with AND', async () => {
		const { api } = fakePagefind();
		const outcome = await runFacetedSearch(api, { query: '', filters: { type: ['blog', 'audits'], topic: ['partnerships'] }, sort: 'newest' });
		expect(outcome.results.map((result) => result.id)).toEqual(['post']);
	});

	it('without counts, makes one search and never asks for the filter data', async () => {
		const { api, calls, filterCalls } = fakePagefind();
		const outcome = await runFacetedSearch(api, { query: 'care', filters: { type: ['practice'] }, sort: 'relevance' }, { counts: false });
		expect(outcome).toEqual({ searched: true, results: [expect.objectContaining({ id: 'belongings' })], counts: null });
		expect(calls).toHaveLength(1);
		expect(filterCalls).toEqual([]);
	});

	it('without counts or anything to search for, asks Pagefind nothing', async () => {
		const { api, calls, filterCalls } = fakePagefind();
		expect(await runFacetedSearch(api, { query: '', filters: {}, sort: 'newest' }, { counts: false })).toEqual({ searched: false, results: [], counts: null });
		expect(calls).toEqual([]);
		expect(filterCalls).toEqual([]);
	});

	it('keeps only the results that hold a quoted phrase, and counts those', async () => {
		const { api, calls } = fakePagefind();
		const outcome = await runFacetedSearch(api, { query: '“care workers”', filters: { type: ['blog', 'audits'] }, sort: 'relevance' });
		expect(outcome.results.map((result) => result.id)).toEqual(['post']);
		expect(calls[0]?.term).toBe('care workers');
		expect(calls[1]).toEqual({ term: '"care workers"', options: { filters: { type: { any: ['blog', 'audits'] } } } });
		expect(outcome.counts?.type).toEqual({ blog: 1 });
	});

	it('leaves stop words out of the words it asks for, but not out of a phrase', async () => {
		const { api, calls } = fakePagefind();
		await runFacetedSearch(
			api,
			{ query: 'the recruitment of "care workers"', filters: {}, sort: 'relevance' },
			{ counts: false, stopWords: new Set(['the', 'of']) },
		);
		expect(calls.map((call) => call.term)).toEqual(['recruitment care workers', '"care workers"']);
	});

	it('puts first the pages where several words stand as typed, asking Pagefind nothing more', async () => {
		const funder = [
			{ id: 'changing-world', words: 'co-production in a changing world where power is shared', date: '2023-01-01', filters: {} },
			{ id: 'funded-report', words: 'support from power to change', date: '2022-01-01', filters: {} },
		];
		const { api, calls } = fakePagefind(funder);
		const outcome = await runFacetedSearch(api, { query: 'power to chang', filters: {}, sort: 'relevance' }, { counts: false, stopWords: new Set(['to']) });
		expect(outcome.results.map((result) => result.id)).toEqual(['funded-report', 'changing-world']);
		expect(calls.map((call) => call.term)).toEqual(['power chang']);
		// Newest first stays newest first.
		const newest = await runFacetedSearch(api, { query: 'power to chang', filters: {}, sort: 'newest' }, { counts: false, stopWords: new Set(['to']) });
		expect(newest.results.map((result) => result.id)).toEqual(['changing-world', 'funded-report']);
	});
});
