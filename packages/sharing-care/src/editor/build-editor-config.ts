import type { CmsConfig, Collection, Field } from '@sveltia/cms';
import type { z } from 'astro/zod';
import type { DataKind, EditorForm, EntryKind } from '../collections/define-collection.ts';
import { nameCollection } from '../data/collection-info.ts';
import type { UiStrings } from '../i18n/locales/en-GB.ts';
import type { ReferenceCollection } from '../schemas/context.ts';
import { buildEditorFields, type FieldOptions, type RelationTarget } from './build-editor-fields.ts';
import { EDITOR_CONTEXT } from './editor-context.ts';

/** Where the editor commits: the GitHub repository, and how people sign in to it (EDITING.md). */
export interface EditorBackend {
	/** `owner/name`. */
	repo: string;
	/** The branch to commit to; the repository's default branch when left out. */
	branch?: string;
	/** The sign-in service for a GitHub OAuth app (the auth worker); Netlify's own when left out. */
	authUrl?: string;
}

export interface EditorConfigInput {
	/** The entry collections the site publishes (features that are off left out). */
	kinds: readonly EntryKind[];
	/** The reference data entries point to. */
	dataKinds: readonly DataKind[];
	/** The site's strings table: collection names, field labels and the words for choices. */
	strings: UiStrings;
	backend: EditorBackend;
	/** The site's name, shown on the editor's sign-in page. */
	siteName: string;
	/** The site's address with its base path, ending in `/`: where "view on the site" links go. */
	siteUrl: string;
	/** The site's icon, as an address from the site root. */
	logo: string;
	/** The folder entries and reference data live in, from the project root. */
	contentDir: string;
	/**
	 * Review before publishing (`editor.review`): every change is a draft, marked ready for review, then published
	 * by someone with the right to (Sveltia's editorial workflow, which works with a GitHub repository only).
	 */
	review?: boolean;
}

/** The editor collection that holds the reference data, one file per kind. */
export const DATA_COLLECTION = 'reference-data';

/**
 * What a new entry starts with, as `npm run new` writes it (src/lib/entries/new-entry-template.ts): a draft, dated today,
 * with any other date its kind's template fills with today (a meeting's date) dated today too; a kind whose template
 * leaves the date out (minutes, published on the day of their meeting) starts with none.
 */
function newValuesOf(kind: EntryKind): Partial<Record<string, unknown>> {
	const today = '{{now}}';
	const first = { date: today, ...kind.newEntry.fields(today) };
	return { draft: true, ...Object.fromEntries(Object.entries(first).filter(([, value]) => value === today)) };
}

/** "meetingType" → "Meeting type". */
function labelFromName(name: string): string {
	const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
	return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Capitalises the first letter of a phrase used mid-sentence: "set of minutes" → "Set of minutes". */
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The words the site already uses for each choice of a field with a fixed set of values, by the field's path. */
function choiceLabels(strings: UiStrings): Record<string, Partial<Record<string, string>>> {
	return {
		meetingType: strings.facts.meetingTypes,
		'approval.status': strings.facts.approvalStatus,
		category: strings.facts.blogCategories,
		datePrecision: strings.editor.datePrecisions,
		'period.precision': strings.editor.periodPrecisions,
		'actions.status': { open: strings.actions.statusOpen, done: strings.actions.statusDone },
	};
}

/** The field that names an item of reference data. */
const nameFieldOf = (kind: DataKind) => kind.nameField ?? 'name';

/**
 * A field's words in one of the strings table's groups by field (`editor.fieldLabels`, `editor.fieldHints`): by the
 * id of its kind (`scope`) and the field's path (`minutes.date`), its path (`changes.date`), the kind's id and its
 * name, or its name.
 */
function wordsFor(table: Partial<Record<string, string>>, scope: string, name: string, path: readonly string[]): string | undefined {
	const key = path.join('.');
	return table[`${scope}.${key}`] ?? table[key] ?? table[`${scope}.${name}`] ?? table[name];
}

/** The fields of the editor for the schema of one kind (`scope`, its id), labelled, explained and linked as this site names things. */
function fieldOptions(input: EditorConfigInput, scope: string, newValues: Partial<Record<string, unknown>>): FieldOptions {
	const choices = choiceLabels(input.strings);
	const { fieldLabels, fieldHints } = input.strings.editor;
	const dataKinds = new Map(input.dataKinds.map((kind) => [kind.id, kind]));
	return {
		label: (name, path) => wordsFor(fieldLabels, scope, name, path) ?? labelFromName(name),
		hint: (name, path, description) => wordsFor(fieldHints, scope, name, path) ?? description,
		choiceLabels: (path) => choices[path.join('.')],
		relation: (collection: ReferenceCollection): RelationTarget => {
			const kind = dataKinds.get(collection);
			return kind
				? { collection: DATA_COLLECTION, file: collection, valueField: `${collection}.*.id`, displayField: `${collection}.*.${nameFieldOf(kind)}` }
				: { collection, valueField: '{{slug}}', displayField: '{{title}}' };
		},
		newValues,
	};
}

/**
 * An entry's form in the order a board member writes it (`editor.form` in src/collections/): the essentials, then
 * "Publishing details", then "About the source", then any field no group names, so none is left out. The editor has no
 * way to group or fold fields without nesting them, which would change what the file holds, so each group's name and
 * what it holds is a comment on its first field (`editor.groups`). Hidden fields are kept in the file as written but
 * not shown, and a new entry leaves them out.
 */
function layOutForm(fields: readonly Field[], form: EditorForm, groups: UiStrings['editor']['groups']): Field[] {
	const byName = new Map(fields.map((field) => [field.name, field]));
	const take = (names: readonly string[] = []) =>
		names.flatMap((name) => {
			const field = byName.get(name);
			byName.delete(name);
			return field ? [field] : [];
		});
	const group = (names: readonly string[] | undefined, comment: string) =>
		take(names).map((field, index) => (index === 0 ? ({ ...field, comment } as Field) : field));
	const essentials = take(form.essentials);
	const publishing = group(form.publishing, groups.publishing);
	const source = group(form.source, groups.source);
	const hidden = take(form.hidden).map((field) => ({ name: field.name, label: field.label, widget: 'hidden' }) as Field);
	return [...essentials, ...publishing, ...source, ...byName.values(), ...hidden];
}

/** An entry collection: its folder, the file name `npm run new` would give (the slug of the title), pictures beside the entry. */
function entryCollection(kind: EntryKind, input: EditorConfigInput): Collection {
	const names = nameCollection(kind, input.strings);
	const schema = kind.schema(EDITOR_CONTEXT) as z.ZodObject;
	const fields: Field[] = layOutForm(
		[
			...buildEditorFields(schema, fieldOptions(input, kind.id, newValuesOf(kind))),
			// The entry's own text; the schemas leave it optional. Code blocks are left out: highlighting them would load code from elsewhere.
			{
				name: 'body',
				label: input.strings.editor.bodyLabel,
				hint: input.strings.editor.bodyHint,
				widget: 'markdown',
				required: false,
				editor_components: ['image'],
			},
		],
		kind.editor.form,
		input.strings.editor.groups,
	);
	return {
		name: kind.id,
		label: names.label,
		// What one entry is called in the title of a new one ("New board minutes", editor.newEntry) and in commit messages.
		label_singular: input.strings.editor.entryNames[kind.id] ?? names.singular,
		description: names.description,
		...(kind.editor.icon ? { icon: kind.editor.icon } : {}),
		folder: `${input.contentDir}/${kind.id}`,
		extension: 'md',
		format: 'yaml-frontmatter',
		create: true,
		// The file name is the slug of the title, as `npm run new` makes it, and stays when the title changes.
		slug: { template: '{{title}}', editable: false },
		identifier_field: 'title',
		summary: kind.editor.summary.map((field) => `{{${field}}}`).join(' · '),
		sortable_fields: { fields: [...kind.editor.sortBy], default: { field: kind.editor.sortBy[0]!, direction: 'descending' } },
		// Pictures go beside the entry, and the entry names them as ./photo.jpg.
		media_folder: '',
		public_folder: './',
		preview_path: `${kind.id}/{{slug}}/`,
		fields,
	} as Collection;
}

/** The reference data: one file per kind, each a list of items with an id. */
function dataCollection(input: EditorConfigInput): Collection {
	const { strings } = input;
	return {
		name: DATA_COLLECTION,
		label: strings.editor.referenceData,
		description: strings.editor.referenceDataDescription,
		icon: 'groups',
		files: input.dataKinds.map((kind) => {
			const label = capitalise(kind.labels.plural);
			const id: Field = {
				name: 'id',
				label: strings.editor.idLabel,
				hint: strings.editor.idHint,
				widget: 'string',
				pattern: ['^[a-z0-9]+(?:-[a-z0-9]+)*$', strings.editor.idHint],
			};
			return {
				name: kind.id,
				label,
				file: `${input.contentDir}/${kind.id}.yaml`,
				format: 'yaml',
				fields: [
					{
						name: kind.id,
						label,
						label_singular: capitalise(kind.labels.singular),
						widget: 'list',
						root: true,
						summary: `{{fields.${nameFieldOf(kind)}}}`,
						fields: [id, ...buildEditorFields(kind.schema(EDITOR_CONTEXT), fieldOptions(input, kind.id, {}))],
					},
				],
			};
		}),
	} as Collection;
}

/** The editor collection that holds the site's own wording of its UI text. */
export const WORDING_COLLECTION = 'wording';

/**
 * The site's own wording of its UI text (`content/strings.yaml`, src/i18n/read-site-strings.ts), as pairs of a key
 * and the words to show instead, saved at the top of the file as the site's check reads them.
 */
function wordingCollection(input: EditorConfigInput): Collection {
	const { wording } = input.strings.editor;
	return {
		name: WORDING_COLLECTION,
		label: wording.label,
		description: wording.description,
		icon: 'translate',
		files: [
			{
				name: 'strings',
				label: wording.label,
				file: `${input.contentDir}/strings.yaml`,
				format: 'yaml',
				fields: [
					{
						name: 'strings',
						label: wording.label,
						hint: wording.hint,
						widget: 'keyvalue',
						root: true,
						required: false,
						key_label: wording.key,
						value_label: wording.value,
					},
				],
			},
		],
	} as Collection;
}

/** Splits a sign-in service's address into the origin the editor calls and the path it opens (`auth` by default). */
function authOptions(authUrl: string | undefined): { base_url?: string; auth_endpoint?: string } {
	if (!authUrl) return {};
	const url = new URL(authUrl);
	const path = url.pathname.replace(/^\/+|\/+$/g, '');
	return { base_url: url.origin, ...(path ? { auth_endpoint: path } : {}) };
}

/**
 * The web editor's configuration, from the collection registry and the schemas: one collection per kind of entry
 * (its folder, file names as `npm run new` makes them, every field with its widget, hint and constraints), and the
 * reference data as editable lists. The registry and the schemas stay the one place of truth.
 */
export function buildEditorConfig(input: EditorConfigInput): CmsConfig {
	return {
		backend: {
			name: 'github',
			repo: input.backend.repo,
			...(input.backend.branch ? { branch: input.backend.branch } : {}),
			...authOptions(input.backend.authUrl),
		},
		app_title: `${input.strings.editor.title}: ${input.siteName}`,
		site_url: input.siteUrl,
		logo: { src: input.logo },
		// Pictures live beside the entries (each collection says so); this is where the media list looks.
		media_folder: input.contentDir,
		// Pictures are uploaded from the board's own files, named as addresses are (no stock photo services: they load from elsewhere).
		media_libraries: { default: { config: { slugify_filename: true } }, stock_assets: { providers: [] } },
		slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
		// An optional field left empty is not written, so the checker never sees an empty date or picture.
		output: { omit_empty_optional_fields: true },
		// Review before publishing: a change is saved as a draft (a pull request), and publishing it merges it.
		...(input.review ? { publish_mode: 'editorial_workflow' } : {}),
		collections: [...input.kinds.map((kind) => entryCollection(kind, input)), dataCollection(input), wordingCollection(input)],
	} as CmsConfig;
}
