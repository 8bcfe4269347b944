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
		/** The kinds of meeting minutes are kept for (`meetingType` in content/minutes/). */
		meetingTypes: { board: 'Board meeting', agm: 'Annual general meeting', members: 'Members’ meeting', committee: 'Committee meeting' },
		/** A meeting and its date: "Board meeting, 12 March 2025". */
		meetingOn: (meeting: string, date: string) => `${meeting}, ${date}`,
		/** Whether a set of minutes has been approved (`approval.status`). */
		approvalStatus: { draft: 'Draft minutes, not yet approved', approved: 'Approved' },
		/** The kinds of blog post (`category` in content/blog/). */
		blogCategories: { opinion: 'Opinion', news: 'News', experience: 'Experience', practice: 'Practice', event: 'Event' },
	},
	/**
	 * Names and descriptions of collections that replace the British English ones declared in src/collections/,
	 * by collection id, for example `reports: { plural: 'Adroddiadau prosiect', singular: 'adroddiad prosiect' }`.
	 * Leave it empty to keep them.
	 */
	collections: {} as Partial<Record<string, { singular?: string; plural?: string; description?: string }>>,
};

/** The shape every locale's table has: the same keys as British English, each value a string or a function. */
export type UiStrings = typeof strings;

export default strings;
