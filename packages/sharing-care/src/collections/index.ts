import { audits } from './audits.ts';
import { blog } from './blog.ts';
import type { DataKind, EntryKind } from './define-collection.ts';
import { minutes } from './minutes.ts';
import { practice } from './practice.ts';
import { glossary, organisations, people, series, topics } from './reference-data.ts';
import { reports } from './reports.ts';

export type { DataKind, EntryKind } from './define-collection.ts';

/**
 * Every kind of entry the kit publishes, in the order navigation lists them. To add one, write its module
 * beside these (see `define-collection.ts`) and add it here.
 */
export const ENTRY_KINDS = [reports, audits, practice, blog, minutes] as const;

/** The id of an entry collection: `reports`, `blog`… */
export type EntryCollection = (typeof ENTRY_KINDS)[number]['id'];

/** The entry collection ids, in navigation order. */
export const ENTRY_COLLECTIONS: readonly EntryCollection[] = ENTRY_KINDS.map((kind) => kind.id);

/** The reference-data collections that entries point to or draw on: each is one YAML file under `content/`. */
export const DATA_KINDS = [topics, people, organisations, series, glossary] as const;

/** The id of a reference-data collection: `topics`, `people`, `organisations`, `series` or `glossary`. */
export type DataCollection = (typeof DATA_KINDS)[number]['id'];

const byId = new Map<string, EntryKind>(ENTRY_KINDS.map((kind) => [kind.id, kind as EntryKind]));

/** Whether `id` names an entry collection. */
export function isEntryCollection(id: string): id is EntryCollection {
	return byId.has(id);
}

/** The declaration of an entry collection; an unknown id is an error. */
export function entryKind(id: string): EntryKind {
	const kind = byId.get(id);
	if (!kind) throw new Error(`Unknown collection "${id}"`);
	return kind;
}

/** The declaration of a reference-data collection; an unknown id is an error. */
export function dataKind(id: string): DataKind {
	const kind = DATA_KINDS.find((candidate) => candidate.id === id);
	if (!kind) throw new Error(`Unknown reference data "${id}"`);
	return kind as DataKind;
}

/** Whether a collection id names reference data (a YAML file) rather than a folder of entries. */
export function isDataCollection(id: string): id is DataCollection {
	return DATA_KINDS.some((kind) => kind.id === id);
}

/**
 * Whether a file in a collection's folder is an entry: Markdown or MDX, with a name that does not start with `_`
 * (so `_notes.md` or `_template.md` can sit beside entries unpublished). The one rule: ENTRY_GLOB says the same.
 */
export function isEntryFile(path: string): boolean {
	const name = path.split(/[\\/]/).at(-1) ?? '';
	return /\.mdx?$/.test(name) && !name.startsWith('_');
}

/** isEntryFile as a glob, for Astro's loader and Pagefind: Markdown and MDX at any depth, skipping names that start with `_`. */
export const ENTRY_GLOB = '**/[^_]*.{md,mdx}';

/** An entry's id from its path inside the collection folder: `2024/agm.md` is `2024/agm`, as Astro names it. */
export function entryIdOf(path: string): string {
	return path
		.split('\\')
		.join('/')
		.replace(/\.mdx?$/, '');
}
