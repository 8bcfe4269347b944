import { t } from '../i18n/index.ts';
import { COLLECTIONS, collectionInfo } from './collection-info.ts';
import { authorIdsOf, getPublishedEntries, organisationIdsOf, topicIdsOf, type Entry } from './entries.ts';
import { getReference, getReferenceMap } from './reference.ts';

/** The search facets, in the order the search page shows them. Each id is a Pagefind filter and a URL parameter. */
export const SEARCH_FACETS = [
	{ id: 'type', legend: t.search.facets.type },
	{ id: 'topic', legend: t.search.facets.topic },
	{ id: 'organisation', legend: t.search.facets.organisation },
	{ id: 'author', legend: t.search.facets.author },
	{ id: 'year', legend: t.search.facets.year },
] as const;

export type SearchFacetId = (typeof SEARCH_FACETS)[number]['id'];

/**
 * One facet value of an entry. `value` is what Pagefind indexes and what the search URL carries: a stable id
 * (`practice`, `recruitment-and-retention`, `2022`), so shared links survive a renamed topic. `label` is shown.
 */
export interface SearchFilter {
	facet: SearchFacetId;
	value: string;
	label: string;
}

/**
 * The search facets of an entry: type, topics, organisations, authors and year.
 * Organisations include those of the entry's authors.
 */
export async function searchFilters(entry: Entry): Promise<SearchFilter[]> {
	const info = collectionInfo(entry.collection);
	const filters: SearchFilter[] = [{ facet: 'type', value: info.id, label: info.label }];
	for (const id of topicIdsOf(entry)) filters.push({ facet: 'topic', value: id, label: (await getReference('topics', id)).data.name });
	const people = await getReferenceMap('people');
	for (const id of authorIdsOf(entry)) filters.push({ facet: 'author', value: id, label: people.get(id)!.data.name });
	const organisationOf = (personId: string) => people.get(personId)?.data.organisation?.id;
	for (const id of organisationIdsOf(entry, organisationOf)) {
		filters.push({ facet: 'organisation', value: id, label: (await getReference('organisations', id)).data.name });
	}
	const year = String(entry.data.date.getUTCFullYear());
	filters.push({ facet: 'year', value: year, label: year });
	return filters;
}

export interface SearchFacetOption {
	value: string;
	label: string;
	/** How many published entries carry this value. */
	count: number;
}

export interface SearchFacetOptions {
	id: SearchFacetId;
	legend: string;
	options: SearchFacetOption[];
}

const typeOrder = (value: string) => COLLECTIONS.findIndex((collection) => collection.id === value);

function sortOptions(facet: SearchFacetId, options: SearchFacetOption[]): SearchFacetOption[] {
	if (facet === 'type') return options.sort((a, b) => typeOrder(a.value) - typeOrder(b.value));
	if (facet === 'year') return options.sort((a, b) => b.value.localeCompare(a.value));
	return options.sort((a, b) => a.label.localeCompare(b.label));
}

/** Every value each facet takes across the published entries, with counts: the search page's filter lists. */
export async function searchFacetOptions(): Promise<SearchFacetOptions[]> {
	const found = new Map<SearchFacetId, Map<string, SearchFacetOption>>(SEARCH_FACETS.map((facet) => [facet.id, new Map()]));
	for (const entry of await getPublishedEntries()) {
		for (const { facet, value, label } of await searchFilters(entry)) {
			const options = found.get(facet)!;
			const option = options.get(value) ?? { value, label, count: 0 };
			option.count += 1;
			options.set(value, option);
		}
	}
	return SEARCH_FACETS.map(({ id, legend }) => ({ id, legend, options: sortOptions(id, [...found.get(id)!.values()]) }));
}
