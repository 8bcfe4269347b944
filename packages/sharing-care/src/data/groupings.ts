import type { CollectionEntry } from 'astro:content';
import { authorIdsOf, getPublishedEntries, organisationIdsOf, topicIdsOf, type Entry } from './entries.ts';
import { getReferenceMap } from './reference.ts';

export interface Groupings {
	byTopic: Map<string, Entry[]>;
	byPerson: Map<string, Entry[]>;
	byOrganisation: Map<string, Entry[]>;
	bySeries: Map<string, Entry[]>;
}

let cache: Promise<Groupings> | undefined;

/** The published posts of a series in reading order: by `seriesOrder`, then by date. */
export async function getSeriesParts(seriesId: string): Promise<CollectionEntry<'blog'>[]> {
	const posts = ((await getGroupings()).bySeries.get(seriesId) ?? []) as CollectionEntry<'blog'>[];
	return [...posts].sort((a, b) => (a.data.seriesOrder ?? 0) - (b.data.seriesOrder ?? 0) || a.data.date.getTime() - b.data.date.getTime());
}

function push(map: Map<string, Entry[]>, key: string, entry: Entry) {
	const list = map.get(key) ?? [];
	if (!list.includes(entry)) list.push(entry);
	map.set(key, list);
}

/**
 * Published entries grouped by topic, person, organisation (including their authors' organisations)
 * and series, newest first. Built once per build in one pass over the entries.
 */
export function getGroupings(): Promise<Groupings> {
	cache ??= Promise.all([getPublishedEntries(), getReferenceMap('people')]).then(([entries, people]) => {
		const organisationOf = (personId: string) => people.get(personId)?.data.organisation?.id;
		const groups: Groupings = { byTopic: new Map(), byPerson: new Map(), byOrganisation: new Map(), bySeries: new Map() };
		for (const entry of entries) {
			for (const id of topicIdsOf(entry)) push(groups.byTopic, id, entry);
			for (const id of organisationIdsOf(entry, organisationOf)) push(groups.byOrganisation, id, entry);
			for (const id of authorIdsOf(entry)) push(groups.byPerson, id, entry);
			if (entry.collection === 'blog' && 'series' in entry.data && entry.data.series) push(groups.bySeries, entry.data.series.id, entry);
		}
		return groups;
	});
	return cache;
}
