import { choosePlural, type PluralForms } from '../text/choose-plural.ts';
import { fillTemplate } from '../text/fill-template.ts';
import { formatNumber } from '../text/format-number.ts';

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

/**
 * The words of the search status, from the strings table (`search.results`). Plain strings with `{name}`
 * placeholders, not functions, because the search page hands them to the browser as JSON.
 */
export interface ResultsWording {
	/** Before anything is searched. */
	prompt: string;
	/** How many results there are: `{count}`. */
	results: PluralForms;
	/** When only some are on the page: `{shown}`, and `{results}` (the phrase above). */
	showing: string;
	/** The words searched for, after the count: `{query}`. */
	query: string;
	/** How many filters are chosen, after the words: `{count}`. */
	filters: PluralForms;
	/** Said last when the results are newest first. */
	newestFirst: string;
	/** The whole sentence: `{results}{query}{filters}{order}`. */
	found: string;
	/** The sentence when nothing is found: `{query}`, `{filters}` and `{hint}`. */
	none: string;
	/** The hint when nothing is found and filters are chosen. */
	removeFilter: string;
	/** The hint when nothing is found for the words alone. */
	changeWords: string;
}

/**
 * The sentence that tells everyone, screen reader users included, what a search found, in the site's language:
 * "Showing 10 of 23 results for “recruitment”, with 2 filters, newest first."
 */
export function describeResults({ searched, total, shown, query, filterCount, newestFirst }: ResultsSummary, wording: ResultsWording, locale: string): string {
	if (!searched) return wording.prompt;
	const count = (forms: PluralForms, value: number) => fillTemplate(choosePlural(forms, value, locale), { count: formatNumber(value, locale) });
	const words = query ? fillTemplate(wording.query, { query }) : '';
	const filters = filterCount ? count(wording.filters, filterCount) : '';
	if (total === 0) return fillTemplate(wording.none, { query: words, filters, hint: filterCount ? wording.removeFilter : wording.changeWords });
	const all = count(wording.results, total);
	const results = shown < total ? fillTemplate(wording.showing, { shown: formatNumber(shown, locale), results: all }) : all;
	const order = newestFirst && query ? wording.newestFirst : '';
	return fillTemplate(wording.found, { results, query: words, filters, order });
}
