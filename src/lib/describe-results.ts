export interface ResultsSummary {
	/** False when there was nothing to search for yet. */
	searched: boolean;
	/** How many results there are in all. */
	total: number;
	/** How many of them are on the page. */
	shown: number;
	query: string;
	/** How many filter values are chosen. */
	filterCount: number;
	/** True when the results are newest first rather than by relevance. */
	newestFirst: boolean;
}

const plural = (count: number, one: string, many: string) => `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;

/**
 * The sentence that tells everyone, screen reader users included, what a search found:
 * "Showing 10 of 23 results for “recruitment”, with 2 filters, newest first."
 */
export function describeResults({ searched, total, shown, query, filterCount, newestFirst }: ResultsSummary): string {
	if (!searched) return 'Type words to search for, or choose a filter to browse.';
	const words = query ? ` for “${query}”` : '';
	const filters = filterCount ? `, with ${plural(filterCount, 'filter', 'filters')}` : '';
	if (total === 0) {
		const hint = filterCount ? 'Try removing a filter' : 'Try other or fewer words';
		return `No results${words}${filters}. ${hint}, or browse by topic.`;
	}
	const count = shown < total ? `Showing ${shown.toLocaleString('en-GB')} of ${plural(total, 'result', 'results')}` : plural(total, 'result', 'results');
	const order = newestFirst && query ? ', newest first' : '';
	return `${count}${words}${filters}${order}.`;
}
