import { ENTRY_KINDS, type EntryCollection, type EntryKind } from '../collections/index.ts';
import { t, type UiStrings } from '../i18n/index.ts';

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

/** A collection's names from its module (src/collections/), with any wording a strings table gives it instead (`collections.<id>`). */
export function nameCollection(kind: EntryKind, strings: Pick<UiStrings, 'collections'>): CollectionInfo {
	const wording = strings.collections[kind.id];
	return {
		id: kind.id as EntryCollection,
		label: wording?.plural ?? kind.labels.plural,
		singular: wording?.singular ?? kind.labels.singular,
		description: wording?.description ?? kind.description,
	};
}

/** The content types the kit publishes, in the order they appear in navigation. */
export const COLLECTIONS: readonly CollectionInfo[] = ENTRY_KINDS.map((kind) => nameCollection(kind, t));

/** How the site names one collection. */
export function collectionInfo(id: EntryCollection): CollectionInfo {
	const info = COLLECTIONS.find((collection) => collection.id === id);
	if (!info) throw new Error(`Unknown collection "${id}"`);
	return info;
}
