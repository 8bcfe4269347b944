import { findPlaceholders } from '../lib/text/find-placeholders.ts';
import type { UiStrings } from './locales/en-GB.ts';
import { STRING_PARAMETERS } from './string-parameters.ts';

/** Where a piece of text sits in the strings table: `['layout', 'skipLink']`. A field label's name may hold a dot (`changes.date`). */
export type StringPath = readonly string[];

/**
 * One key of the strings table, as a site may reword it in `content/strings.yaml`:
 * - `text`: a sentence or label, reworded with words (keeping any of its `{name}` marks);
 * - `function`: text that takes values, reworded with a sentence that marks where each goes, by name (`{count}`);
 * - `list`: sentences shown one after another, reworded with a list;
 * - `group`: a group of keys (`entry.history`), which cannot be reworded as one.
 */
export type StringSlot =
	| { kind: 'text' | 'list'; path: StringPath; placeholders: readonly string[] }
	| { kind: 'function'; path: StringPath; placeholders: readonly string[]; parameters: readonly string[] }
	| { kind: 'group'; path: StringPath; keys: readonly string[] };

/** Every key of the strings table, written as a site writes it (`home.startHere`), with what it holds. */
export type StringSlots = ReadonlyMap<string, StringSlot>;

/** The forms a plural phrase may have in any language (`Intl.PluralRules`): a site may give any of them. */
const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/** The `{name}` marks in a function's source, leaving out its `${…}` expressions: the marks a page fills after it, such as `{series}`. */
const marksInSource = (source: string) => findPlaceholders(source.replace(/\$\{[^}]*\}/g, ''));

/** Whether a group of the table is a phrase in plural forms (`entry.readingTime`): it has an `other` form. */
const isPluralForms = (value: object): value is { other: string } => 'other' in value && typeof value.other === 'string';

const union = (...lists: readonly (readonly string[])[]) => [...new Set(lists.flat())];

/**
 * Every key a site may reword, from the kit's reference strings table (British English: every translation has the
 * same keys, so a site's wording is checked the same way in any language), with what each holds and the `{name}`
 * marks its words may use. A function's marks are the names of its values (string-parameters.ts), and any mark a
 * page fills in after it. A phrase in plural forms may be given in every form a language has.
 */
export function describeStrings(reference: UiStrings, parameters: Readonly<Record<string, readonly string[]>> = STRING_PARAMETERS): StringSlots {
	const slots = new Map<string, StringSlot>();
	const visit = (value: unknown, path: StringPath): void => {
		const key = path.join('.');
		if (typeof value === 'string') slots.set(key, { kind: 'text', path, placeholders: findPlaceholders(value) });
		else if (Array.isArray(value)) slots.set(key, { kind: 'list', path, placeholders: union(...value.map((item) => findPlaceholders(String(item)))) });
		else if (typeof value === 'function') {
			const names = parameters[key];
			if (!names) throw new Error(`${key} takes values, but src/i18n/string-parameters.ts does not name them: add it there.`);
			slots.set(key, { kind: 'function', path, parameters: names, placeholders: union(names, marksInSource(String(value))) });
		} else if (value && typeof value === 'object') {
			const entries = Object.entries(value);
			if (path.length) slots.set(key, { kind: 'group', path, keys: entries.map(([name]) => `${key}.${name}`) });
			if (isPluralForms(value)) {
				const placeholders = union(...entries.map(([, form]) => findPlaceholders(String(form))));
				for (const category of PLURAL_CATEGORIES) slots.set(`${key}.${category}`, { kind: 'text', path: [...path, category], placeholders });
			} else for (const [name, inner] of entries) visit(inner, [...path, name]);
		}
	};
	visit(reference, []);
	return slots;
}

/** The wording a collection's names may be given (`collections.<id>.plural`), replacing what its module declares (src/collections/). */
const COLLECTION_NAMES = ['singular', 'plural', 'description'] as const;

/**
 * The keys a site may reword, beyond those in the table: each collection's names (`collections.reports.plural`), which
 * the table leaves empty, and a label or hint for any field of the web editor (`editor.fieldLabels.<field>`,
 * `editor.fieldHints.<field>`), and the editor's name for one entry of any kind (`editor.entryNames.<kind>`).
 */
export function listOpenKeys(collectionIds: readonly string[]): string[] {
	return collectionIds.flatMap((id) => COLLECTION_NAMES.map((name) => `collections.${id}.${name}`));
}

/**
 * What a key a site gives holds: a key of the table, one of a collection's names, or a field label or hint, or a
 * name of a kind, of the web editor. Undefined for any other key.
 */
export function findSlot(slots: StringSlots, key: string, collectionIds: readonly string[]): StringSlot | undefined {
	const known = slots.get(key);
	if (known) return known;
	const field = /^editor\.(fieldLabels|fieldHints|entryNames)\.([A-Za-z]\w*(?:\.[A-Za-z]\w*)*)$/.exec(key);
	if (field && (field[1] !== 'entryNames' || collectionIds.includes(field[2]!)))
		return { kind: 'text', path: ['editor', field[1]!, field[2]!], placeholders: [] };
	const collection = /^collections\.([^.]+)\.([^.]+)$/.exec(key);
	if (collection && collectionIds.includes(collection[1]!) && (COLLECTION_NAMES as readonly string[]).includes(collection[2]!)) {
		return { kind: 'text', path: ['collections', collection[1]!, collection[2]!], placeholders: [] };
	}
	return undefined;
}
