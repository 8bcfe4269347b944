import { ENTRY_KINDS, entryKind, type EntryCollection } from '../collections/index.ts';
import { t } from '../i18n/index.ts';

/** How the site names and describes an entry collection, in the site's language. */
export interface CollectionInfo {
	id: EntryCollection;
	/** The heading of its index page and its name in navigation. */
	label: string;
	/** One entry of this kind, as a phrase: "project report". */
	singular: string;
	/** What a reader finds here, one sentence. */
	description: string;
}

/** A collection's names from its module (src/collections/), with any wording the strings table gives it (`collections.<id>`). */
function describeCollection(id: EntryCollection): CollectionInfo {
	const { labels, description } = entryKind(id);
	const wording = t.collections[id];
	return { id, label: wording?.plural ?? labels.plural, singular: wording?.singular ?? labels.singular, description: wording?.description ?? description };
}

/** The content types the kit publishes, in the order they appear in navigation. */
export const COLLECTIONS: readonly CollectionInfo[] = ENTRY_KINDS.map((kind) => describeCollection(kind.id));

/** How the site names one collection. */
export function collectionInfo(id: EntryCollection): CollectionInfo {
	const info = COLLECTIONS.find((collection) => collection.id === id);
	if (!info) throw new Error(`Unknown collection "${id}"`);
	return info;
}
