import { getCollection, type CollectionEntry } from 'astro:content';
import { site } from '../config/site.ts';
import { createRelatedFinder } from '../lib/entries/find-related.ts';
import { isPublished } from '../lib/dates/is-published.ts';
import { BUILD_NOW, SHOW_UNPUBLISHED } from './build-time.ts';
import { ENTRY_KINDS, entryKind, type EntryCollection } from '../collections/index.ts';
import { factHelpers } from './entry-facts.ts';

/**
 * An entry of a collection as pages, feeds and search get it (`getPublishedEntries`): with a summary, its own or,
 * for minutes that give none, the one its kind writes (`withSummary`).
 */
export type Entry = CollectionEntry<EntryCollection> & { data: { summary: string } };

/** A published entry of one collection, as `Entry`. */
export type PublishedEntry<C extends EntryCollection> = Extract<Entry, { collection: C }>;

/** What tells entries apart across collections: `blog/my-post`. */
export function entryKey(entry: Pick<Entry, 'collection' | 'id'>): string {
	return `${entry.collection}/${entry.id}`;
}

/** Collections switched on in the site config (a kind with a `feature` switch is off when the switch is), in navigation order. */
export function enabledCollections(): EntryCollection[] {
	return ENTRY_KINDS.filter((kind) => !kind.feature || site.features[kind.feature]).map((kind) => kind.id);
}

/**
 * An entry with a summary: its own, or, for a kind that writes one when it is left out (minutes), the one its
 * `summarise()` writes from the entry (src/collections/).
 */
function withSummary(entry: CollectionEntry<EntryCollection>): Entry {
	const summarise = entryKind(entry.collection).summarise;
	if (entry.data.summary !== undefined || !summarise) return entry as Entry;
	return { ...entry, data: { ...entry.data, summary: summarise(entry.data, factHelpers) } } as Entry;
}

const byNewest = (a: Entry, b: Entry) => b.data.date.getTime() - a.data.date.getTime() || a.data.title.localeCompare(b.data.title);

let cache: Promise<Entry[]> | undefined;

/**
 * Every published entry of every enabled collection, newest first, each with a summary (`withSummary`). Queried
 * once per build and shared, so pages, feeds and lists never repeat the work. Drafts and scheduled entries are left
 * out (the dev server keeps them, marked).
 */
export function getPublishedEntries(): Promise<Entry[]> {
	cache ??= Promise.all(
		enabledCollections().map((collection) =>
			getCollection(collection, (entry) => isPublished(entry.data, { now: BUILD_NOW, includeUnpublished: SHOW_UNPUBLISHED })),
		),
	).then((lists) => (lists.flat() as CollectionEntry<EntryCollection>[]).map(withSummary).sort(byNewest));
	return cache;
}

/** Published entries of one collection, newest first. */
export async function getPublishedIn<C extends EntryCollection>(collection: C): Promise<PublishedEntry<C>[]> {
	return (await getPublishedEntries()).filter((entry): entry is PublishedEntry<C> => entry.collection === collection);
}

/** The topic ids of an entry, plus any its kind adds (the topics of the decisions in minutes). */
export function topicIdsOf(entry: Entry): string[] {
	const ids = entry.data.topics.map((topic) => topic.id);
	ids.push(...(entryKind(entry.collection).topicIds?.(entry.data) ?? []));
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
 * Ids of organisations an entry is from or about, as its kind names them (a report's organisation and funder,
 * the organisations an audit consulted), then the organisations of its authors (`organisationOf` gives a
 * person's organisation id).
 */
export function organisationIdsOf(entry: Entry, organisationOf: (personId: string) => string | undefined): string[] {
	const ids = [...(entryKind(entry.collection).organisationIds?.(entry.data) ?? [])];
	for (const id of authorIdsOf(entry)) {
		const organisation = organisationOf(id);
		if (organisation) ids.push(organisation);
	}
	return [...new Set(ids)];
}
