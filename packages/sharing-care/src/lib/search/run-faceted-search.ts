import type { SearchState } from './encode-search-state.ts';
import { readSearchWords, type SearchWords } from './read-search-words.ts';

/** Counts by facet and value: `{ type: { practice: 3 } }`. */
export type FacetCounts = Record<string, Record<string, number>>;

/** The part of a Pagefind result fragment the search page uses (see Pagefind's JS API). */
export interface PagefindFragment {
	url: string;
	/** The page's indexed text. */
	content: string;
	meta: Record<string, string | undefined>;
}

export interface PagefindResult {
	id: string;
	/** Where the words searched for stand in the page's text, by word. */
	words: number[];
	data: () => Promise<PagefindFragment>;
}

export interface PagefindSearchOptions {
	filters?: PagefindFilters;
	sort?: Record<string, 'asc' | 'desc'>;
}

export interface PagefindResponse {
	results: PagefindResult[];
	/** For each facet value, how many results there would be with that value added to the filters. */
	filters: FacetCounts;
}

/** The two calls of Pagefind's JS API (`pagefind.js`) this needs. */
export interface PagefindApi {
	search: (term: string | null, options?: PagefindSearchOptions) => Promise<PagefindResponse | null>;
	filters: () => Promise<FacetCounts>;
}

/** Pagefind's filter syntax for "any of these values" per facet; facets are combined with AND. */
export type PagefindFilters = Record<string, { any: string[] }>;

/** The chosen values as Pagefind filters, optionally without one facet (to count that facet's own values). */
export function buildPagefindFilters(chosen: Record<string, string[]>, without?: string): PagefindFilters {
	const filters: PagefindFilters = {};
	for (const [facet, values] of Object.entries(chosen)) {
		if (facet !== without && values.length) filters[facet] = { any: [...values] };
	}
	return filters;
}

export interface FacetedResults {
	/** False when there was nothing to search for: no words and no filters. */
	searched: boolean;
	results: PagefindResult[];
	/**
	 * For each facet value, how many results choosing it would give, keeping the other facets' choices.
	 * Values of one facet combine with OR, so a facet's own choices do not shrink its counts.
	 * `null` when counts were not asked for.
	 */
	counts: FacetCounts | null;
}

export interface FacetedSearchOptions {
	/**
	 * Count the results each facet value would give. Counting needs Pagefind's filter data, which grows with the
	 * site (128 KB gzipped at 10,000 entries), so the search page asks only once someone uses the filters.
	 */
	counts: boolean;
	/** Words left out of the search unless they are all there is (`readSearchWords`): the strings table's `search.stopWords`, folded. */
	stopWords?: ReadonlySet<string>;
}

/** Whether a result has the words of the term standing as typed (`SearchWords.together`), from where its words matched. */
function standsTogether(result: PagefindResult, offsets: readonly number[]): boolean {
	const at = new Set(result.words);
	return result.words.some((start) => offsets.every((offset) => at.has(start + offset)));
}

/**
 * One search for a query's words with the given filters (and order): Pagefind's results for the words, kept to
 * those that hold every quoted phrase, and, for several words without quotation marks, those where the words stand
 * as typed put first (by relevance, and not when only counting). A phrase is Pagefind's exact search (`"…"`), which
 * needs the index chunks of every word in it, stop words too; words standing together are read from where each
 * result's words matched, which costs no download. The counts are those of the narrowest of the searches: exact
 * for a query that is one phrase, and at most the phrase's when it comes with other words.
 */
async function searchWords(
	pagefind: PagefindApi,
	words: SearchWords,
	options: PagefindSearchOptions,
	{ forCounts = false } = {},
): Promise<{ results: PagefindResult[]; filters: FacetCounts }> {
	const main = await pagefind.search(words.term || null, options);
	let results = main?.results ?? [];
	let filters = main?.filters ?? {};
	for (const phrase of words.phrases) {
		const found = await pagefind.search(`"${phrase}"`, { filters: options.filters ?? {} });
		const ids = new Set(found?.results.map((result) => result.id));
		if (found && found.results.length < results.length) filters = found.filters;
		results = results.filter((result) => ids.has(result.id));
	}
	const together = words.together;
	if (together && !forCounts && !options.sort) {
		const first = new Set(results.filter((result) => standsTogether(result, together)));
		results = [...first, ...results.filter((result) => !first.has(result))];
	}
	return { results, filters };
}

/**
 * Runs a search with facets. Words and filters narrow the results; without words the filters alone browse the
 * site. The words are read by `readSearchWords`: phrases in quotation marks must be there word for word, and stop
 * words are left out. With counts, each facet that has choices gets one extra search without them, so its counts
 * show the alternatives (Pagefind's own counts assume every facet narrows). The index chunks are cached, so these
 * cost no downloads.
 */
export async function runFacetedSearch(
	pagefind: PagefindApi,
	state: SearchState,
	{ counts: withCounts, stopWords = new Set() }: FacetedSearchOptions = { counts: true },
): Promise<FacetedResults> {
	const words = readSearchWords(state.query, stopWords);
	const chosenFacets = Object.keys(buildPagefindFilters(state.filters));
	if (!words.term && !chosenFacets.length) return { searched: false, results: [], counts: withCounts ? await pagefind.filters() : null };

	const sort = words.term && state.sort === 'relevance' ? undefined : { date: 'desc' as const };
	const main = await searchWords(pagefind, words, { filters: buildPagefindFilters(state.filters), ...(sort ? { sort } : {}) });
	if (!withCounts) return { searched: true, results: main.results, counts: null };
	const counts: FacetCounts = { ...main.filters };
	await Promise.all(
		chosenFacets.map(async (facet) => {
			const others = await searchWords(pagefind, words, { filters: buildPagefindFilters(state.filters, facet) }, { forCounts: true });
			counts[facet] = others.filters[facet] ?? {};
		}),
	);
	return { searched: true, results: main.results, counts };
}
