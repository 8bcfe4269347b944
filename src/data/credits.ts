import type { CollectionEntry } from 'astro:content';
import type { JsonLdCredit } from '../lib/build-article-json-ld.ts';
import { memoiseByKey } from '../lib/memoise-by-key.ts';
import { authorIdsOf, entryKey, type Entry } from './entries.ts';
import { getReference } from './reference.ts';

async function personCredit(id: string): Promise<JsonLdCredit> {
	const person = await getReference('people', id);
	const organisation = person.data.organisation ? await getReference('organisations', person.data.organisation.id) : undefined;
	return { kind: 'person', name: person.data.name, jobTitle: person.data.role, affiliation: organisation?.data.name };
}

async function organisationCredit(id: string): Promise<JsonLdCredit> {
	const organisation = await getReference('organisations', id);
	return { kind: 'organisation', name: organisation.data.name, url: organisation.data.url };
}

async function creditsOf(entry: Entry): Promise<JsonLdCredit[]> {
	const people = await Promise.all(authorIdsOf(entry).map(personCredit));
	if (people.length) return people;
	// A report with no named authors is credited to the organisation that wrote it.
	if (entry.collection === 'reports') return [await organisationCredit((entry as CollectionEntry<'reports'>).data.organisation.id)];
	return [];
}

/**
 * Who wrote an entry, as far as the content says: its named authors with their role and organisation, or,
 * for a report with none, the organisation that wrote it. Empty when nobody is named. Looked up once per entry.
 */
export const getCredits: (entry: Entry) => Promise<JsonLdCredit[]> = memoiseByKey(creditsOf, entryKey);
