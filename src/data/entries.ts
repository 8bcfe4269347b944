import { getCollection, type CollectionEntry } from 'astro:content';
import { site } from '../config/site.ts';
import { createRelatedFinder } from '../lib/find-related.ts';
import { isPublished } from '../lib/is-published.ts';
import { BUILD_NOW, SHOW_UNPUBLISHED } from './build-time.ts';
import { ENTRY_COLLECTIONS, type EntryCollection } from './paths.ts';

export type Entry = CollectionEntry<EntryCollection>;

/** What tells entries apart across collections: `blog/my-post`. */
export function entryKey(entry: Pick<Entry, 'collection' | 'id'>): string {
	return `${entry.collection}/${entry.id}`;
}

/** Collections switched on in the site config. */
export function enabledCollections(): EntryCollection[] {
	return ENTRY_COLLECTIONS.filter((id) => id !== 'minutes' || site.features.minutes);
}

const byNewest = (a: Entry, b: Entry) => b.data.date.getTime() - a.data.date.getTime() || a.data.title.localeCompare(b.data.title);

let cache: Promise<Entry[]> | undefined;

/**
 * Every published entry of every enabled collection, newest first. Queried once per build and shared,
 * so pages, feeds and lists never repeat the work. Drafts and scheduled entries are left out
 * (the dev server keeps them, marked).
 */
export function getPublishedEntries(): Promise<Entry[]> {
	cache ??= Promise.all(
		enabledCollections().map((collection) =>
			getCollection(collection, (entry) => isPublished(entry.data, { now: BUILD_NOW, includeUnpublished: SHOW_UNPUBLISHED })),
		),
	).then((lists) => (lists.flat() as Entry[]).sort(byNewest));
	return cache;
}

/** Published entries of one collection, newest first. */
export async function getPublishedIn<C extends EntryCollection>(collection: C): Promise<CollectionEntry<C>[]> {
	return (await getPublishedEntries()).filter((entry): entry is CollectionEntry<C> => entry.collection === collection);
}

/** The topic ids of an entry, plus those of its decisions for minutes. */
export function topicIdsOf(entry: Entry): string[] {
	const ids = entry.data.topics.map((topic) => topic.id);
	if (entry.collection === 'minutes') {
		for (const decision of (entry as CollectionEntry<'minutes'>).data.decisions) ids.push(...decision.topics.map((t) => t.id));
	}
	return [...new Set(ids)];
}

let related: Promise<(entry: Entry, limit?: number) => Entry[]> | undefined;

/** Entries that share most topics with this one. */
export async function getRelated(entry: Entry, limit = 3): Promise<Entry[]> {
	related ??= getPublishedEntries().then((entries) => {
		const find = createRelatedFinder(entries.map((e) => ({ key: entryKey(e), topics: topicIdsOf(e), date: e.data.date, entry: e })));
		return (target: Entry, n = 3) => find({ key: entryKey(target), topics: topicIdsOf(target), date: target.data.date }, n).map((r) => r.entry);
	});
	return (await related)(entry, limit);
}

/** Ids of people named as authors of an entry. */
export function authorIdsOf(entry: Entry): string[] {
	return 'authors' in entry.data ? (entry.data.authors as { id: string }[]).map((a) => a.id) : [];
}

/**
 * Ids of organisations an entry is from or about: its organisation, funder and organisations consulted,
 * and the organisations of its authors (`organisationOf` gives a person's organisation id).
 */
export function organisationIdsOf(entry: Entry, organisationOf: (personId: string) => string | undefined): string[] {
	const data = entry.data as Record<string, unknown>;
	const ids: string[] = [];
	for (const key of ['organisation', 'funder']) {
		const ref = data[key] as { id: string } | undefined;
		if (ref) ids.push(ref.id);
	}
	for (const ref of (data.organisationsConsulted as { id: string }[] | undefined) ?? []) ids.push(ref.id);
	for (const id of authorIdsOf(entry)) {
		const organisation = organisationOf(id);
		if (organisation) ids.push(organisation);
	}
	return [...new Set(ids)];
}
