/**
 * Every piece of UI text on the site, in British English: the kit's reference strings table.
 *
 * A fork rewords the site by editing this file, or translates it by copying it to `<locale>.ts` (named by the
 * BCP 47 tag it sets as `locale` in site.config.ts) and translating each value: the `UiStrings` type makes sure
 * no string is missed. Text that belongs to one co-op (its name, introduction, contact) lives in site.config.ts
 * or the content, never here. Values that take a number or a name are functions, so each language can order and
 * inflect its own words.
 */
const strings = {
	/** Labels of the facts shown beside an entry's title (src/collections/, FactList). */
	facts: {
		by: 'By',
		fundedBy: 'Funded by',
		programme: 'Programme',
		periodCovered: 'Period covered',
		outcomes: 'Outcomes',
		project: 'Project',
		organisationsConsulted: 'Organisations consulted',
		organisation: 'Organisation',
		place: 'Place',
		year: 'Year',
		workingWith: 'Working with',
		kindOfPost: 'Kind of post',
		series: 'Series',
		meeting: 'Meeting',
		status: 'Status',
		firstPublishedBy: 'First published by',
		/** A period between two dates: "1 April 2022 to 30 June 2022". */
		period: (start: string, end: string) => `${start} to ${end}`,
	},
};

/** The shape every locale's table has: the same keys as British English, each value a string or a function. */
export type UiStrings = typeof strings;

export default strings;
