import type { UiStrings } from './locales/en-GB.ts';

/** Any function in a strings table: a piece of text that takes values. */
type TextFunction = (...values: never[]) => unknown;

/**
 * The key of every function in a strings table, written as a site writes it in `content/strings.yaml`:
 * `facts.period`, `layout.pageTitle`. Lists and open groups (`collections`, `editor.fieldLabels`, `editor.fieldHints`) hold none.
 */
export type FunctionKey<Table = UiStrings, Prefix extends string = ''> = {
	[Key in keyof Table & string]: Table[Key] extends TextFunction
		? `${Prefix}${Key}`
		: Table[Key] extends readonly unknown[]
			? never
			: Table[Key] extends object
				? FunctionKey<Table[Key], `${Prefix}${Key}.`>
				: never;
}[keyof Table & string];

/** The value at a key of a strings table: `ValueAt<UiStrings, 'facts.period'>`. */
type ValueAt<Table, Key extends string> = Key extends `${infer Head}.${infer Rest}`
	? Head extends keyof Table
		? ValueAt<Table[Head], Rest>
		: never
	: Key extends keyof Table
		? Table[Key]
		: never;

/** A name for each value a function takes, in order: as many names as it has parameters. */
type NamesOf<Function> = Function extends (...values: infer Values) => unknown ? { readonly [Index in keyof Values]: string } : never;

/** The names of the values each function of the strings table takes, by its key. */
export type StringParameters = { readonly [Key in FunctionKey]: NamesOf<ValueAt<UiStrings, Key>> };

/**
 * The names a site's wording (`content/strings.yaml`) uses for the values a piece of text takes, in the order its
 * function in the strings table takes them: `topics.count: "{count} pieces of writing"`. They are the functions'
 * own parameter names in en-GB.ts. The type makes this list name every function of the table, with as many names
 * as it has parameters, and string-parameters.test.ts checks each name against the function's own: add a line here
 * when you add a function to the table.
 */
export const STRING_PARAMETERS = {
	'facts.period': ['start', 'end'],
	'facts.meetingOn': ['meeting', 'date'],
	'layout.pageTitle': ['page', 'siteName'],
	'layout.homeTitle': ['siteName', 'tagline'],
	'home.published': ['count'],
	'dates.about': ['date'],
	'dates.undated': ['date'],
	'entry.reportSubject': ['address'],
	'attachments.requestSubject': ['title'],
	'series.partOf': ['position', 'total'],
	'topics.count': ['count'],
	'people.personDescription': ['name'],
	'people.writtenBy': ['name'],
	'organisations.organisationDescription': ['name'],
	'organisations.website': ['name'],
	'minutes.summary': ['meeting', 'date', 'decisions'],
	'minutes.noneYetMessage': ['siteName'],
	'decisions.inYear': ['year'],
	'decisions.onTopic': ['topic'],
	'decisions.description': ['siteName'],
	'decisions.permalinkLabel': ['minutes'],
	'actions.description': ['siteName'],
	'actions.lede': ['open', 'done'],
	'feeds.title': ['siteName', 'subject'],
	'feeds.decisionsDescription': ['siteName'],
	'feeds.decisionSummary': ['decision', 'minutes'],
	'feeds.dateNote': ['date'],
	'feeds.copyright': ['siteName', 'licence', 'licenceAddress'],
	'feeds.browserNotice': ['subscribePage'],
	'subscribe.description': ['siteName'],
	'subscribe.limit': ['limit'],
	'subscribe.feedAddress': ['subject'],
	'copy.what': ['label'],
	'editor.newEntry': ['kind'],
	'accessibility.description': ['siteName'],
} as const satisfies StringParameters;
