import { getCollection, type CollectionEntry } from 'astro:content';
import { memoiseByKey } from '../lib/entries/memoise-by-key.ts';
import { sitePath } from './urls.ts';
import type { DataCollection } from '../collections/index.ts';

type DataEntry<C extends DataCollection> = CollectionEntry<C>;

const loadReferenceMap = memoiseByKey(
	(collection: DataCollection): Promise<Map<string, unknown>> =>
		getCollection(collection).then((list) => new Map((list as { id: string }[]).map((entry) => [entry.id, entry]))),
	(collection) => collection,
);

/** All entries of a reference collection (topics, people, organisations, series) by id, loaded once per build. */
export function getReferenceMap<C extends DataCollection>(collection: C): Promise<Map<string, DataEntry<C>>> {
	return loadReferenceMap(collection) as Promise<Map<string, DataEntry<C>>>;
}

/** Looks up one reference by id; the content check guarantees it exists. */
export async function getReference<C extends DataCollection>(collection: C, id: string): Promise<DataEntry<C>> {
	const entry = (await getReferenceMap(collection)).get(id);
	if (!entry) throw new Error(`No ${collection} entry with id "${id}"`);
	return entry;
}

/** The page of a topic, person, organisation or series. */
export function referencePath(collection: DataCollection, id: string): string {
	return sitePath(`${collection}/${id}/`);
}
