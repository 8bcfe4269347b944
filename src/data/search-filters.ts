import { collectionInfo } from './collection-info.ts';
import { authorIdsOf, organisationIdsOf, topicIdsOf, type Entry } from './entries.ts';
import { getReference } from './reference.ts';

/**
 * The search facets of an entry as `[filter, value]` pairs: type, topic, organisation, author and year.
 * Organisations include those of the entry's authors.
 */
export async function searchFilters(entry: Entry): Promise<[string, string][]> {
	const filters: [string, string][] = [['type', collectionInfo(entry.collection).searchType]];
	for (const id of topicIdsOf(entry)) filters.push(['topic', (await getReference('topics', id)).data.name]);
	const organisations = new Set(organisationIdsOf(entry));
	for (const id of authorIdsOf(entry)) {
		const person = await getReference('people', id);
		filters.push(['author', person.data.name]);
		if (person.data.organisation) organisations.add(person.data.organisation.id);
	}
	for (const id of organisations) filters.push(['organisation', (await getReference('organisations', id)).data.name]);
	filters.push(['year', String(entry.data.date.getUTCFullYear())]);
	return filters;
}
