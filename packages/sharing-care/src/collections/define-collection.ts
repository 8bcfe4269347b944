import type { z } from 'astro/zod';
import type { SiteConfig } from '../config/schema.ts';
import type { UiStrings } from '../i18n/locales/en-GB.ts';
import type { PluralForms } from '../lib/text/choose-plural.ts';
import type { SchemaContext } from '../schemas/context.ts';

/** The schema of an entry collection: `baseSchema(ctx)` extended with the collection's own fields. */
export type EntrySchema = z.ZodObject;

/** A field name of an entry collection's frontmatter. */
export type FieldOf<S extends EntrySchema> = Extract<keyof z.input<S>, string>;

/** One line of a fact: a name, a place or a date, with a link where it has a page. */
export interface FactItem {
	text: string;
	href?: string;
	/** Extra words after the link, such as a person's role. */
	note?: string;
}

/** A fact shown beside an entry's title: "Funded by" and who. */
export interface Fact {
	label: string;
	items: FactItem[];
}

/** A reference as an entry holds it (`{ id, collection }`), or just its id. */
export type IdOf = string | { id: string };

/**
 * What `facts()` is given to build its facts with. The site supplies it (`src/data/entry-facts.ts`), so a
 * collection module stays free of Astro and can be loaded by `npm run check` and `npm run new` too.
 */
export interface FactHelpers {
	/** The site's strings table: fact labels are `t.facts.*`. */
	t: UiStrings;
	/** An organisation, linked to its page. */
	organisation(id: IdOf): Promise<FactItem>;
	/** People, each linked to their page, with their role and organisation as a note. */
	people(ids: readonly IdOf[]): Promise<FactItem[]>;
	/** A series, linked to its page. */
	series(id: IdOf): Promise<FactItem>;
	/** A date as the site writes dates: "30 June 2022". */
	day(date: Date): string;
	/** The month of a date as the site writes months: "June 2022". */
	month(date: Date): string;
	/** A number in the plural form of a phrase of the strings table that fits it: `count(t.minutes.decisionCount, 3)` is "3 decisions". */
	count(forms: PluralForms, value: number): string;
}

/** What `summarise()` is given: the strings table, and dates and counts as the site writes them. */
export type SummaryHelpers = Pick<FactHelpers, 't' | 'day' | 'count'>;

/** A fact, or a falsy value where the entry leaves it out (so `data.x && { … }` works); facts with no items are dropped too. */
export type MaybeFact = Fact | undefined | false | '';

/** A problem found in an entry's body; `line` counts from the body's first line (1). */
export interface BodyProblem {
	message: string;
	line?: number;
}

/** An id inside an entry that no other entry of the collection may use, and where it sits. */
export interface UniqueId {
	id: string;
	/** The field that holds it, as the checker names it: `decisions[0].id`. */
	field: string;
	/** What it identifies, in a few words: "decision". */
	noun: string;
}

/** A field of an entry's form in the web editor: a field of its schema, or `body`, the entry's own text. */
export type FormField<S extends EntrySchema> = FieldOf<S> | 'body';

/**
 * The order of an entry's form in the web editor, in the order a board member writes it. Each group follows the
 * one before; a schema field no group names comes after them all, in the schema's order, so no field is ever left
 * out. `src/editor/build-editor-config.ts` lays the form out from this; the strings table names the groups
 * (`editor.groups`).
 */
export interface EditorForm<S extends EntrySchema = EntrySchema> {
	/** What the kind is about, first, in writing order: its title, its own fields, then its text (`body`). */
	essentials: readonly FormField<S>[];
	/**
	 * "Publishing details": how the entry is published and found (summary, publication date, draft, topics, featured,
	 * cover, when it was updated or reviewed and what changed), which a board member can mostly leave as they are.
	 */
	publishing: readonly FieldOf<S>[];
	/**
	 * "About the source": where the text was first published, notes on how it differs, and how exact its date is.
	 * Only for kinds that republish documents first published elsewhere; left out for the co-op's own records.
	 */
	source?: readonly FieldOf<S>[];
	/**
	 * Fields the kind never uses (the source fields of the co-op's own minutes): not shown, kept in the file as
	 * written, and left out of a new entry.
	 */
	hidden?: readonly FieldOf<S>[];
}

/**
 * How the web editor presents a collection. The editor's config generator reads this, and takes the rest
 * from elsewhere: field widgets from the schema, labels and hints from the strings table (`editor`) or the schema,
 * the preview address from `id` (`/<id>/<entry id>/`).
 */
export interface EditorPresentation<S extends EntrySchema = EntrySchema> {
	/** A Material Symbols icon name shown beside the collection, such as `summarize`. */
	icon?: string;
	/** The form's fields in the order a board member writes them, in groups. */
	form: EditorForm<S>;
	/** The fields that make up each entry's line in the editor's list, in order. */
	summary: readonly FieldOf<S>[];
	/** The fields the editor's list can be sorted by; the first is the default. */
	sortBy: readonly FieldOf<S>[];
}

/** The `site.features` switches that turn something off. */
export type FeatureSwitch = keyof SiteConfig['features'];

/**
 * Everything the kit knows about one kind of entry: one module per collection in `src/collections/`,
 * listed in `ENTRY_KINDS` (`src/collections/index.ts`). Astro's collections, `npm run check`, `npm run new`,
 * entry pages, feeds, navigation, search and JSON-LD all read it from there.
 *
 * Functions that take an entry's data are written as methods, so a kind with its own data type still fits
 * where any kind is expected. A module must not import `astro:content` or the strings table: node scripts load it.
 */
export interface EntryKind<Id extends string = string, S extends EntrySchema = EntrySchema> {
	/** The folder under `content/`, the URL segment of its pages and the Astro collection name: `reports`. */
	id: Id;
	/** The frontmatter schema, from `src/schemas/<id>.ts`. Each field's `.describe()` text is its hint in `npm run new` and the editor. */
	schema: (ctx: SchemaContext) => S;
	/**
	 * What one entry and many are called, in British English; `site.locale`'s strings table may override them
	 * (`collections.<id>`). `plural` is a heading ("Project reports"), `singular` a phrase used inside
	 * a sentence ("project report").
	 */
	labels: { singular: string; plural: string };
	/** What a reader finds here, one sentence, under the heading and in its feed. */
	description: string;
	/** The schema.org type of its pages. */
	jsonLdType: 'Article' | 'Report' | 'BlogPosting';
	/** The file `npm run new <id> "<title>"` writes, after the common fields (title, summary, date, topics, draft). */
	newEntry: {
		/**
		 * The fields a new entry starts with, in order, and their first values. Mark what must be written with a
		 * `WRITE-` or `WRITE:` placeholder; each field's comment is its schema description. A common field set to
		 * `undefined` is left out (minutes leave out the summary and date, which their meeting gives).
		 */
		fields(today: string): { [K in FieldOf<S>]?: unknown };
		/** The body a new entry starts with. */
		body: string;
	};
	/**
	 * The facts shown beside an entry's title, in order. The common "First published in" and "First published by" are
	 * added after them. Uses only what it is given: the web editor's preview runs it in the browser, as `summarise` too
	 * (src/editor/preview-templates.ts).
	 */
	facts(data: z.output<S>, helpers: FactHelpers): Promise<readonly MaybeFact[]> | readonly MaybeFact[];
	/**
	 * The summary of an entry written without one, for kinds whose schema lets it be left out (minutes: "Minutes of
	 * the board meeting on 12 March 2025: 3 decisions"). Pages, feeds and search get it from `getPublishedEntries()`.
	 */
	summarise?(data: z.output<S>, helpers: SummaryHelpers): string;
	/** Checks of the body beyond the common ones (alt text, placeholders), run by `npm run check`. */
	checkBody?(body: string): BodyProblem[];
	/** Ids inside an entry that must be unique across the whole collection, checked by `npm run check`. */
	uniqueIds?(data: z.output<S>): UniqueId[];
	/** The `site.features` switch that turns the collection off; always on without one. */
	feature?: FeatureSwitch;
	/** Topic ids an entry is filed under beyond its own `topics`, such as those of its decisions. */
	topicIds?(data: z.output<S>): string[];
	/** Ids of organisations an entry is from or about (search filter, organisation pages). */
	organisationIds?(data: z.output<S>): string[];
	/** The organisation an entry is credited to when it names no authors (JSON-LD). */
	creditOrganisation?(data: z.output<S>): string | undefined;
	/** How the web editor presents it. */
	editor: EditorPresentation<S>;
}

/** Declares an entry kind with its types checked: the schema's output types `facts` and the other functions. */
export function defineEntryKind<const Id extends string, S extends EntrySchema>(kind: EntryKind<Id, S>): EntryKind<Id, S> {
	return kind;
}

/**
 * A reference-data collection: one YAML file under `content/`, a list of items each with an `id`, that entries point to
 * (topics, people, organisations, series) or that explains their words (the glossary).
 */
export interface DataKind<Id extends string = string, S extends z.ZodObject = z.ZodObject> {
	/** The file name without `.yaml`, the URL segment of its pages and the Astro collection name: `topics`. */
	id: Id;
	/** The schema of one item. */
	schema: (ctx: SchemaContext) => S;
	/** What one item and many are called: "topic", "Topics". */
	labels: { singular: string; plural: string };
	/** The field that names an item, in the web editor's lists and choices; `name` when left out. */
	nameField?: Extract<keyof z.output<S>, string>;
	/** Whether a site may leave the file out: it then has no items, and nothing that shows them. Required when left out. */
	optional?: boolean;
	/** A check of one item beyond its schema, run by `npm run check`: a message when its id does not fit it. */
	checkItem?(id: string, data: z.output<S>): string | undefined;
	/** A check of the items together, run by `npm run check`: a message for each item that clashes with an earlier one. */
	checkItems?(items: ReadonlyMap<string, z.output<S>>): { id: string; message: string }[];
}

/** Declares a reference-data collection with its types checked. */
export function defineDataKind<const Id extends string, S extends z.ZodObject>(kind: DataKind<Id, S>): DataKind<Id, S> {
	return kind;
}
