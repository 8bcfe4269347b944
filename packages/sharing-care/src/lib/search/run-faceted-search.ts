import type { SearchState } from './encode-search-state.ts';

/** Counts by facet and value: `{ type: { practice: 3 } }`. */
export type FacetCounts = Record<string, Record<string, number>>;

/** The part of a Pagefind result fragment the search page uses (see Pagefind's JS API). */
export interface PagefindFragment {
	url: string;
	/** A snippet around the matching words, HTML-escaped by Pagefind, with matches in `<mark>`. */
	excerpt: string;
	meta: Record<string, string | undefined>;
}

export interface PagefindResult {
	id: string;
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
}

/**
 * Runs a search with facets. Words and filters narrow the results; without words the filters alone browse the
 * site. With counts, each facet that has choices gets one extra search without them, so its counts show the
 * alternatives (Pagefind's own counts assume every facet narrows). The index chunks are cached, so these cost no
 * downloads.
 */
export async function runFacetedSearch(pagefind: PagefindApi, state: SearchState, { counts: withCounts }: FacetedSearchOptions = { counts: true }): Promise<FacetedResults> {
	const term = state.query || null;
	const chosenFacets = Object.keys(buildPagefindFilters(state.filters));
	if (!term && !chosenFacets.length) return { searched: false, results: [], counts: withCounts ? await pagefind.filters() : null };

	const sort = state.query && state.sort === 'relevance' ? undefined : { date: 'desc' as const };
	const main = await pagefind.search(term, { filters: buildPagefindFilters(state.filters), ...(sort ? { sort } : {}) });
	if (!withCounts) return { searched: true, results: main?.results ?? [], counts: null };
	const counts: FacetCounts = { ...main?.filters };
	await Promise.all(
		chosenFacets.map(async (facet) => {
			const others = await pagefind.search(term, { filters: buildPagefindFilters(state.filters, facet) });
			counts[facet] = others?.filters[facet] ?? {};
		}),
	);
	return { searched: true, results: main?.results ?? [], counts };
}
