/** How results are ordered: by how well they match the words, or newest first. */
export type SearchSort = 'relevance' | 'newest';

/** What a search is: the words, the chosen filter values by facet, and the order. All of it lives in the URL. */
export interface SearchState {
	query: string;
	/** Chosen values by facet id (`type`, `topic`, …), in the order the facet lists them. */
	filters: Record<string, string[]>;
	sort: SearchSort;
}

/** Longer queries are cut: nobody types more, and a pasted essay should not stall the browser. */
export const MAX_QUERY_LENGTH = 200;

/** The order used when none is chosen: relevance needs words, so browsing without words is newest first. */
export function defaultSort(query: string): SearchSort {
	return query ? 'relevance' : 'newest';
}

/** Words as typed, tidied: spaces trimmed and folded, length capped. */
export function cleanQuery(text: string): string {
	return text.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();
}

/**
 * Reads a search from the URL's query string: `?q=care+leavers&type=practice&topic=partnerships&sort=newest`.
 * A facet may repeat (`topic=a&topic=b`). Only facets and values in `known` are kept, in its order, so a
 * mistyped or outdated link still gives a sensible search. Without words the order is always newest first.
 */
export function decodeSearchState(search: string | URLSearchParams, known: Record<string, readonly string[]>): SearchState {
	const params = typeof search === 'string' ? new URLSearchParams(search) : search;
	const query = cleanQuery(params.get('q') ?? '');
	const filters: Record<string, string[]> = {};
	for (const [facet, values] of Object.entries(known)) {
		const chosen = new Set(params.getAll(facet));
		const kept = values.filter((value) => chosen.has(value));
		if (kept.length) filters[facet] = kept;
	}
	const sort = params.get('sort');
	return { query, filters, sort: query && (sort === 'relevance' || sort === 'newest') ? sort : defaultSort(query) };
}

/**
 * Writes a search as a query string, the way the search form itself would submit it: `?q=…&type=…`.
 * The default order is left out, and an empty search gives `''`, so links stay short.
 */
export function encodeSearchState(state: SearchState): string {
	const params = new URLSearchParams();
	const query = cleanQuery(state.query);
	if (query) params.append('q', query);
	for (const [facet, values] of Object.entries(state.filters)) {
		for (const value of values) params.append(facet, value);
	}
	if (query && state.sort !== defaultSort(query)) params.append('sort', state.sort);
	const text = params.toString();
	return text ? `?${text}` : '';
}

/** How many filter values are chosen, across all facets. */
export function countChosenFilters(state: SearchState): number {
	return Object.values(state.filters).reduce((sum, values) => sum + values.length, 0);
}
