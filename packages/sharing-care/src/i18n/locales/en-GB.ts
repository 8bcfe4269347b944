/**
 * Every piece of UI text on the site, in British English: the kit's reference strings table.
 *
 * A site rewords any of it from its own files, without editing the kit: `content/strings.yaml` gives its own words
 * by key (`home.startHere: Where to begin`; src/i18n/read-site-strings.ts). The kit is translated by copying this
 * file to `<locale>.ts` (named by the BCP 47 tag a site sets as `locale` in site.config.ts) and translating each
 * value: the build names any string a translation lacks (src/i18n/index.ts). Text that belongs to one co-op (its
 * name, introduction, contact) lives in site.config.ts or the content, never here. Values that take a number or a
 * name are functions, so each language can order and inflect its own words; `number()` writes a number the way the
 * site's locale does.
 *
 * Sentences shown with links or dates inside them (InlineText) mark them: `[words](name)` is a link, `**words**`
 * are bold, and `{name}` is a place the page fills, such as a date or a title. Keep the marks when rewording.
 */
import type { PluralForms } from '../../lib/text/choose-plural.ts';
import type { ResultsWording } from '../../lib/search/describe-results.ts';
import { number } from '../format.ts';

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
		/** The title of the publication an entry first appeared in (`source.title`). */
		firstPublishedIn: 'First published in',
		/** A period between two dates or months: "1 April 2022 to 30 June 2022", "April 2022 to June 2022". */
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
	/** The frame of every page: its title, the skip link, landmarks, breadcrumbs and the footer's last line. */
	layout: {
		/** A page's title in the browser tab and in search engines: "Topics | Co-op name". */
		pageTitle: (page: string, siteName: string) => `${page} | ${siteName}`,
		/** The home page's title: "Co-op name: tagline". */
		homeTitle: (siteName: string, tagline: string) => `${siteName}: ${tagline}`,
		skipLink: 'Skip to main content',
		/** The names screen readers give the header and footer navigation and the breadcrumb trail. */
		mainNavigation: 'Main',
		/** The button that opens the navigation on narrow screens (a phone), where it is folded away. */
		menu: 'Menu',
		footerNavigation: 'Footer',
		breadcrumbs: 'Breadcrumb',
		/** The first step of every breadcrumb trail. */
		home: 'Home',
		/** The footer's last line: `{year}`, `{name}` (the co-op's) and `{licence}` (a link to the licence). */
		licence: '© {year} {name}. Content published under {licence} unless stated otherwise.',
	},
	/** The home page's sections. */
	home: {
		startHere: 'Start here',
		byType: 'Browse by type',
		/** How many entries of a type are published. */
		published: (count: number) => (count === 0 ? 'None published yet' : `${number(count)} published`),
		byTopic: 'Browse by topic',
		allTopics: 'All topics, with what each covers',
		latest: 'Latest',
	},
	/** Lists of entries, on every index page. */
	lists: {
		/** Said when a list has nothing in it. */
		empty: 'Nothing has been published here yet.',
		/** Marks a draft in a list (only the preview server shows drafts). */
		draft: 'Draft',
	},
	/** The words around dates. */
	dates: {
		/** A date known only roughly: "about 2023". */
		about: (date: string) => `about ${date}`,
		/** The date of a text first published without one (`undatedSource`): the editor's estimate, said to be one. */
		undated: (date: string) => `${date} (approximate: the source gives no date)`,
	},
	/** An entry's page. `{date}` is the date, written by the locale and `dateFormat` in site.config.ts. */
	entry: {
		published: 'Published {date}',
		/** Follows `published` when the entry has been updated. */
		updated: ', updated {date}',
		/** The heading of the key points at the top of a report, audit or practice example. */
		keyPoints: 'At a glance',
		/**
		 * Words and phrases that hedge or limit what a sentence claims: how sure it is ("may", "suggests"), how much of
		 * something it covers ("some", "most", "in part"), how far it has got ("not yet") and how exact a figure is
		 * ("about", "at least"). A key point that leaves out one the sentence it summarises has claims more than its
		 * entry, and `npm run check` says so. Not shown: lower case, separated by commas.
		 */
		keyPointQualifiers:
			'only, purely, not yet, yet, some, most, mostly, many, few, may, might, could, often, usually, sometimes, suggests, apart from, almost, nearly, about, around, roughly, up to, at least, in part, partly, mainly, largely',
		/**
		 * The page's history, at the end of an entry: when it was last reviewed and updated, and each change with its
		 * date. `{date}` is a date; in `change`, `{note}` is what changed, in the entry's own words.
		 */
		history: {
			heading: 'Page history',
			lastReviewed: 'Last reviewed {date}',
			lastUpdated: 'Last updated {date}',
			changes: 'Changes to this page',
			change: '{date}: {note}',
		},
		/** The heading of the list of an entry's sections. */
		contents: 'Contents',
		/** The same heading on a practice example, whose sections are an account of the project and the answers to the set questions. */
		practiceContents: 'The project and the questions this example answers',
		related: 'Related',
		/** The heading of an entry's notes on how its text differs from its source (`sourceNotes`). */
		sourceNotes: 'Notes on the source',
		/**
		 * How long an entry takes to read (src/lib/text/estimate-reading-time.ts), on its page and in lists: a form for
		 * each plural category of the language, `{count}` the minutes.
		 */
		readingTime: { one: '{count} minute to read', other: '{count} minutes to read' } satisfies PluralForms,
		/** The link at the foot of each entry that emails the co-op about it (only when site.config.ts has `contact.email`). */
		reportProblem: 'Report a problem with this page',
		/** The subject of that email: the page's full address. */
		reportSubject: (address: string) => `Problem with the page ${address}`,
		/** The notice on a draft or scheduled entry, shown only by the preview server. `**words**` are in bold. */
		unpublished: {
			draft: '**Draft:** only you can see this, on the preview server. Set draft: false to publish it.',
			scheduled: '**Scheduled:** dated in the future, so it will be published by the first build on or after its date.',
		},
	},
	/**
	 * The documents an entry publishes with it (`attachments` on minutes and reports): the list at the end of its page,
	 * in the form GOV.UK lists a publication's documents, and the same list in its feed item.
	 */
	attachments: {
		heading: 'Documents',
		/** Each kind of document in words, by its file extension. */
		types: { pdf: 'PDF', odt: 'OpenDocument Text', ods: 'OpenDocument Spreadsheet', docx: 'Word document', xlsx: 'Excel spreadsheet', csv: 'CSV' },
		/** A document's size: `{size}` is the number, written the site's way. A kilobyte is 1,024 bytes. */
		sizes: { bytes: { one: '{size} byte', other: '{size} bytes' } satisfies PluralForms, kilobytes: '{size} KB', megabytes: '{size} MB' },
		/** How many pages a PDF has. */
		pages: { one: '{count} page', other: '{count} pages' } satisfies PluralForms,
		/** The link under each document that asks the co-op for it in another format (only when site.config.ts has `contact.email`). */
		requestFormat: 'Request an accessible format of this document',
		/** The subject of that email: the document's title. */
		requestSubject: (title: string) => `Request for an accessible format of ${title}`,
	},
	/** Blog series. */
	series: {
		/** Above a series' name on its page. */
		label: 'Series',
		/** The heading of the series box on a post: `{series}` is the series' name, linked. */
		partOf: (position: number, total: number) => `Part ${number(position)} of ${number(total)} in the series {series}`,
	},
	topics: {
		title: 'Topics',
		/** The link to the topics page from the footer and the 404 page. */
		all: 'All topics',
		description: 'Browse everything on the site by topic.',
		lede: 'Every report, audit, practice example and post is filed under one or more topics.',
		/** How many entries a topic has. */
		count: (count: number) => `${number(count)} ${count === 1 ? 'item' : 'items'}`,
	},
	people: {
		title: 'People',
		description: 'The people who wrote the reports, audits and posts on this site.',
		lede: 'The people who wrote what is published here.',
		/** A person's page: its description for search engines, and the heading of what they wrote. */
		personDescription: (name: string) => `What ${name} has written for this site.`,
		writtenBy: (name: string) => `Written by ${name}`,
	},
	organisations: {
		title: 'Organisations',
		description: 'Organisations whose work, funding or experience appears on this site.',
		lede: 'Funders, partners and the organisations whose practice and experience appear here.',
		/** An organisation's page: its description when the organisation has none of its own, its website link and the heading of its entries. */
		organisationDescription: (name: string) => `Entries on this site from or about ${name}.`,
		website: (name: string) => `${name} website`,
		onThisSite: 'On this site',
	},
	/** The glossary page (content/glossary.yaml) and its link in the footer. Entries link the first use of each term to it. */
	glossary: {
		title: 'Glossary',
		description: 'What the co-op and care terms used on this site mean, in plain language.',
		lede: 'What the co-op and care terms used on this site mean, in plain language. The first time an entry uses one of these terms, it links here.',
		/** Says whose words the definitions are. */
		ownWords:
			'The definitions are written by this site, not quoted from the sources. Under each is the public definition it follows, or a note that it is the site’s own wording.',
		/**
		 * Under a definition that follows a public one (`basis`): `{definition}` is the definition's title, linked to it,
		 * and `{publisher}` who published it.
		 */
		basedOn: 'Based on: {definition} ({publisher})',
		/** Under a definition that is the site's own wording (`basis: own`). */
		ownWording: 'The site’s own wording',
		/** Before a term's other forms: "Also written as co-produced, co-productive". */
		alsoWritten: 'Also written as',
		seeAlso: 'See also',
		/** Before a link to an official page on the term. */
		findOutMore: 'Find out more',
	},
	/** Board minutes: the record on each set, and the minutes page. Links are `[words](decisions)` or `(actions)`. */
	minutes: {
		present: 'Present',
		apologies: 'Apologies',
		agenda: 'Agenda',
		decisions: 'Decisions',
		actions: 'Actions',
		/** `{minutes}` is the title of the meeting that approved them, linked. */
		approvedAt: 'These minutes were approved at a later meeting: {minutes}.',
		approved: 'These minutes have been approved by the board.',
		byYear: 'Minutes by year',
		findDecision:
			'Looking for a decision? The [decisions register](decisions) lists every decision, and the [actions tracker](actions) shows what is still to do.',
		/**
		 * The summary of minutes written without one, in lists, feeds and search: `meeting` is the kind of meeting
		 * (`facts.meetingTypes`), `date` the day of the meeting and `decisions` how many decisions it took
		 * (`decisionCount`, or `noDecisions`).
		 */
		summary: (meeting: string, date: string, decisions: string) => `Minutes of the ${meeting.toLowerCase()} on ${date}: ${decisions}`,
		/** How many decisions a meeting took, in a form for each plural category of the language: `{count}` the number. */
		decisionCount: { one: '{count} decision', other: '{count} decisions' } satisfies PluralForms,
		noDecisions: 'no decisions',
		/** The minutes page before any are published. */
		noneYet: 'No minutes published yet',
		noneYetMessage: (siteName: string) =>
			`Any minutes of the meetings of ${siteName} published on this site will be listed here, with the decisions taken in them.`,
	},
	/** The decisions register. Links are `[words](minutes)` or `(actions)`. */
	decisions: {
		register: 'Decisions register',
		inYear: (year: string) => `Decisions in ${year}`,
		onTopic: (topic: string) => `Decisions on ${topic.toLowerCase()}`,
		description: (siteName: string) => `Decisions taken by the board of ${siteName}, from its published minutes.`,
		lede: 'Every decision recorded in the published [board minutes](minutes), newest first. See also the [actions tracker](actions).',
		filters: 'Filter decisions',
		all: 'All decisions',
		byYear: 'By year',
		byTopic: 'By topic',
		/** Names each decision's list of topics, for screen readers. */
		topics: 'Decision topics',
		/** The link to a decision's place in the register, and its name for screen readers. */
		permalink: 'Link',
		permalinkLabel: (minutes: string) => `Permanent link to this decision from ${minutes}`,
		none: 'No decisions have been published yet.',
	},
	/** The actions tracker, and the actions table on each set of minutes. */
	actions: {
		title: 'Actions tracker',
		description: (siteName: string) => `Actions agreed at the board meetings of ${siteName}, and whether they are done.`,
		lede: (open: number, done: number) => `Actions agreed in the published [board minutes](minutes): ${number(open)} open, ${number(done)} completed.`,
		/** `{owners}` is the list of people holding open actions. */
		heldBy: 'Open actions are held by: {owners}.',
		open: 'Open actions',
		done: 'Completed actions',
		none: 'None.',
		byOwner: 'Open actions by owner',
		/** One open action in the list by owner: `{action}` and `{date}`. */
		dueOn: '{action} (due {date})',
		/** The table's column headings and status words. */
		action: 'Action',
		who: 'Who',
		due: 'Due',
		wasDue: 'Was due',
		status: 'Status',
		agreedAt: 'Agreed at',
		statusDone: 'Done',
		statusOpen: 'Open',
	},
	/** The search page, and the search box in the header. */
	search: {
		title: 'Search',
		description: 'Search the whole site, and narrow the results by type, topic, organisation, author and year.',
		/** The search page when `features.search` is off in site.config.ts. */
		/** The search box in the header. */
		box: { label: 'Search the site', placeholder: 'Search case studies, reports…', button: 'Search' },
		form: 'Search and filter',
		searchFor: 'Search for',
		button: 'Search',
		hint: 'Results appear as you type. Choose filters to narrow them, or choose filters alone to browse.',
		filterResults: 'Filter results',
		/** The filters' names. */
		facets: { type: 'Type', topic: 'Topic', organisation: 'Organisation', author: 'Author', year: 'Year' },
		clearFilters: 'Clear all filters',
		resultsHeading: 'Results',
		sortBy: 'Sort by',
		bestMatch: 'Best match',
		newestFirst: 'Newest first',
		showMore: 'Show more results',
		unavailable: 'Search is not available',
		unavailableMessage: 'Search could not load just now. You can still find everything by browsing:',
		noJavaScript: 'Search needs JavaScript',
		noJavaScriptMessage: 'Search runs in your browser, and JavaScript is turned off or blocked here. You can still find everything by browsing:',
		/** Shown instead of `unavailableMessage` by the development server, which has no search index. */
		noIndexInDevelopment:
			'The search index is made by the production build, so the development server has none. To try search, run npm run build and then npm run preview. Meanwhile, browse:',
		/**
		 * The sentence that says what a search found (src/lib/search/describe-results.ts). Plain strings, not functions,
		 * because the browser reads them: `{name}` marks a value, and each plural has a form for every plural
		 * category of the language (`one`, `other`; Welsh also `zero`, `two`, `few`, `many`).
		 */
		results: {
			prompt: 'Type words to search for, or choose a filter to browse.',
			results: { one: '{count} result', other: '{count} results' },
			showing: 'Showing {shown} of {results}',
			query: ' for “{query}”',
			filters: { one: ', with {count} filter', other: ', with {count} filters' },
			newestFirst: ', newest first',
			found: '{results}{query}{filters}{order}.',
			none: 'No results{query}{filters}. {hint}, or browse by topic.',
			removeFilter: 'Try removing a filter',
			changeWords: 'Try other or fewer words',
		} satisfies ResultsWording,
		/**
		 * Words that carry no claim of their own, on almost every page. The search leaves them out and does not highlight
		 * them, unless they are all that was typed (Pagefind matches the start of words, so "a" would find every page with
		 * "April" or "at"; in quotation marks, "Power to Change", they count), and `npm run check` lets a key point use them
		 * whether or not its entry does. Not shown: lower case, separated by spaces.
		 */
		stopWords:
			'a an the and or but nor so yet if then than that this these those there here of to in on at by for from with without into onto over under about as up out off is are was were be been being am it its they them their theirs we us our ours you your yours he him his she her hers i me my who whom whose which what when where why how not no do does did done have has had having will would can could shall should may might must also all any each every some such more most much many very only just own other others same both either neither too because while although though whether until unless since',
	},
	/** The RSS feeds: their titles, and the words inside them. */
	feeds: {
		/** A feed's title in a feed reader: the co-op's name, then what it follows ("Blog", a topic). */
		title: (siteName: string, subject: string) => `${siteName}: ${subject}`,
		/** What the whole-site feed follows. */
		everything: 'Everything new',
		/** The decisions feed: what it follows, its description, and each item's summary and last line (`{minutes}` is linked). */
		decisions: 'Decisions',
		decisionsDescription: (siteName: string) => `Each decision recorded in the published minutes of ${siteName}, newest first.`,
		decisionSummary: (decision: string, minutes: string) => `${decision} (${minutes})`,
		decidedAt: 'Decided at: {minutes}.',
		/**
		 * Said in an entry's item, before its text and after its summary, when its date is not a known day (a month, a
		 * year, an estimate): feeds must give every item a whole day. `date` is the date as the entry's page writes it
		 * ("June 2022 (approximate: the source gives no date)", "about 2015"), so the item says what the page says.
		 */
		dateNote: (date: string) => `Published ${date}. The day your feed reader gives for this item is approximate.`,
		/** The copyright line of every feed. */
		copyright: (siteName: string, licence: string, licenceAddress: string) => `${siteName}. Published under ${licence}: ${licenceAddress}`,
		/** Shown above a feed opened in a browser, one line each. */
		browserNotice: (subscribePage: string) =>
			[
				'This is a web feed (also called an RSS feed). It is meant for feed reader apps, not for reading here.',
				'To subscribe, copy the address of this page from your browser’s address bar into your feed reader.',
				`What feeds are and how to subscribe: ${subscribePage}`,
			].join('\n'),
	},
	/**
	 * The subscribe page. It speaks for whoever publishes the site ("our feeds"); `[words](https://…)` is a link
	 * and `**words**` are in bold. The feed readers suggested are the kit's: change them here.
	 */
	subscribe: {
		title: 'Subscribe',
		description: (siteName: string) => `Follow what ${siteName} publishes with a free feed reader or by email.`,
		lede: 'Hear about our new reports, posts and decisions without having to check this website.',
		whatHeading: 'What is a feed?',
		what: [
			'A feed (also called an RSS feed) is a web address that lists the newest things a website has published. You give the address to a **feed reader**: a free app or website that checks your feeds for you and shows everything new in one place, like an inbox for websites.',
			'You do not need to give us your name or email address, nobody can see what you follow, and you can stop at any time by removing the feed from your reader.',
		],
		howHeading: 'How to subscribe',
		how: [
			'Choose a feed reader (see the suggestions below) and open it.',
			'Copy the address of the feed you want from the list on this page.',
			'In your reader, choose **Add feed**, **Subscribe** or **+**, and paste the address.',
		],
		discovery: 'Most readers also find our feeds if you paste in the address of any page of this website.',
		feedsHeading: 'Our feeds',
		limit: (limit: number) => `Each feed holds the ${number(limit)} newest items, with the full text.`,
		/** The groups of feeds, each with a heading and a line on what its feeds follow. */
		groups: {
			site: { heading: 'Everything', intro: 'Everything we publish, in one feed.' },
			type: { heading: 'By type', intro: 'Only one kind of publication.' },
			topic: { heading: 'By topic', intro: 'Everything filed under one topic.' },
			series: { heading: 'By series', intro: 'Posts published together as a series.' },
		},
		/** Names a feed's address for screen readers: "Address of the Blog feed". */
		feedAddress: (subject: string) => `Address of the ${subject} feed`,
		readersHeading: 'Free feed readers',
		readersIntro: 'A few that cost nothing to use. We are not connected to any of them: check how each one treats your information before you sign up.',
		readers: [
			'[NetNewsWire](https://netnewswire.com/): an app for iPhone, iPad and Mac.',
			'[Feeder](https://f-droid.org/packages/com.nononsenseapps.feeder/): an app for Android phones and tablets.',
			'[Thunderbird](https://www.thunderbird.net/): a free email program for Windows, Mac and Linux that also reads feeds.',
			'[Inoreader](https://www.inoreader.com/) and [Feedly](https://feedly.com/): websites and apps with free plans, which keep your feeds in step on all your devices.',
		],
		emailHeading: 'Prefer email?',
		emailIntro:
			'A feed-to-email service sends you an email when something new appears in a feed. Copy the address of a feed above and paste it into one of these:',
		emailServices: [
			'[Blogtrottr](https://blogtrottr.com/): free; choose to get each new item straight away or a daily digest.',
			'[follow.it](https://follow.it/): free for readers; sends new items by email.',
		],
		emailReader: 'Or add the feed to Thunderbird, which shows new items alongside your email.',
	},
	/** The copy button beside an address (on the subscribe page). */
	copy: {
		button: 'Copy',
		/** What follows the button's word for screen readers: the address's name, in lower case mid-sentence. */
		what: (label: string) => label.toLowerCase(),
		copied: 'Copied',
		selected: 'Selected: press Ctrl+C (or Cmd+C) to copy',
	},
	/** The web editor at /admin/ (src/editor/, EDITING.md): its page, and the words it shows beside each field. */
	editor: {
		/** The editor page's title in the browser tab: "Editor | Co-op name". */
		title: 'Editor',
		/** Shown instead of the editor when the browser runs no JavaScript. */
		needsJavaScript: 'The editor needs JavaScript. Turn it on in your browser, or edit the files in the content folder as CONTENT.md describes.',
		/** The collection that holds the lists entries pick from. */
		referenceData: 'People, organisations, topics, series and the glossary',
		referenceDataDescription:
			'The lists entries choose from, and the glossary of terms they use. Add a person, organisation, topic or series here before an entry names it.',
		/** The name entries and addresses use for a person, organisation, topic, series or glossary term (its `id`). */
		idLabel: 'Link name',
		idHint:
			'The short name that entries pick it by, and that the address of its page uses: lower-case words joined by hyphens, such as "sue-richards". Once entries use it, keep it.',
		/**
		 * The title of the form for a new entry: `kind` is what one entry of its kind is called in the editor
		 * (`entryNames`, or the kind's singular name, `collections`). It replaces the editor's own ("Creating …").
		 */
		newEntry: (kind: string) => `New ${kind}`,
		/** What one entry of a kind is called in the editor's titles and messages, by the kind's id, where its singular name would read awkwardly there. */
		entryNames: { minutes: 'board minutes' } as Partial<Record<string, string>>,
		/**
		 * The groups of an entry's form after its essentials, in order (`editor.form` in src/collections/): each
		 * group's name and what it holds, shown under the label of its first field. The editor cannot fold a group away.
		 */
		groups: {
			publishing: 'Publishing details: when and how the entry is published and found. You can usually leave these as they are.',
			source: 'About the source: only for a text first published somewhere else, such as a guide or a report.',
		},
		/** The entry's own text, below its fields. */
		bodyLabel: 'Text',
		bodyHint: 'The entry itself. Headings, lists, links and pictures are kept; describe every picture for people who cannot see it.',
		/**
		 * Field labels, by the field's name in the content (CONTENT.md), or by its path where a name means something else
		 * inside a list (`changes.date`), or either after a kind's id for that kind alone (`people.organisation`). A field
		 * not listed here is labelled from its name ("meetingType" becomes "Meeting type").
		 */
		fieldLabels: {
			date: 'Publication date',
			datePrecision: 'How exact the date is',
			dateApproximate: 'The date is an estimate',
			undatedSource: 'The source gives no date',
			sourceNotes: 'Notes on the source',
			precision: 'How exact the dates are',
			updated: 'Last updated',
			'changes.date': 'Date of the change',
			'changes.note': 'What changed',
			featured: 'Feature on the home page',
			draft: 'Draft (not published)',
			cover: 'Picture',
			src: 'Picture file',
			alt: 'Alt text (what the picture shows)',
			source: 'First published elsewhere',
			url: 'Web address',
			funder: 'Funder',
			period: 'Period covered',
			start: 'From',
			end: 'To',
			organisationsConsulted: 'Organisations consulted',
			seriesOrder: 'Place in the series',
			category: 'Kind of post',
			meeting: 'Meeting date',
			meetingType: 'Kind of meeting',
			agenda: 'Agenda items',
			text: 'What',
			id: 'Link name',
			owner: 'Who',
			due: 'Due by',
			approval: 'Approval',
			approvedAt: 'Approved at the meeting of',
			shortName: 'Short name',
			people: 'Working with',
			aliases: 'Other forms that link here',
			furtherReading: 'Find out more',
			basis: 'Based on',
			'keyPoints.text': 'Key point',
			'keyPoints.from': 'The sentence it summarises',
			glossaryUnlinked: 'Glossary terms not to link here',
			attachments: 'Documents',
			'attachments.file': 'File',
		} as Partial<Record<string, string>>,
		/**
		 * Field hints, where the editor says it differently from the schema's description (which is written for
		 * someone writing the file, and names its formats). By the field's path or name, as `fieldLabels`, or either
		 * after a kind's id for that kind alone (`minutes.date`). A field not listed here shows its schema description.
		 * Relation fields say what to pick.
		 */
		fieldHints: {
			date: 'The day it is published. A day in the future keeps it off the site until that day.',
			'minutes.date': 'Leave it empty to publish the minutes on the day of the meeting. A day in the future keeps them off the site until that day.',
			updated: 'When it was last changed in a way readers should know about. A change listed under Changes counts too.',
			lastReviewed: 'The day someone last read all of it and checked it is still right. The site’s check reminds you when it is time to review it again.',
			'changes.date': 'The day of the change.',
			draft: 'On keeps the entry off the site: saved, but not published. Turn it off when the entry is ready to publish.',
			featured: 'On lists the entry under “Start here” on the home page.',
			dateApproximate: 'On when the date is an estimate: the page then says “about”.',
			undatedSource:
				'On when the text was first published without a date: the date is then your estimate, used to sort the entry, and readers are told the source gives none.',
			topics: 'Pick the topics it is about.',
			glossaryUnlinked:
				'Pick the glossary terms not to link here, because this entry uses the word in its own sense. Elsewhere the term still links to its definition.',
			keyPoints:
				'Three to five short points a reader should take away, in plain words, saying only what the entry itself says. Shown in a box at the top of the page and in feeds. With each, copy the sentence of the entry it summarises, so the site’s check can compare them.',
			'cover.src': 'Choose the picture, or upload it from your computer. It is saved beside the entry.',
			'attachments.file': 'Choose the document, or upload it from your computer: a PDF, ODT, ODS, DOCX, XLSX or CSV file. It is published with the entry.',
			'reports.organisation': 'Pick the organisation that wrote the report.',
			'reports.authors': 'Pick the people who wrote the report.',
			funder: 'Pick the organisation that funded the work.',
			period: 'The period the report covers: the day it starts, the day it ends, and how exact they are.',
			'period.start': 'The first day the report covers.',
			'period.end': 'The last day it covers.',
			'audits.authors': 'Pick the people who carried out the audit.',
			organisationsConsulted: 'Pick the organisations consulted.',
			'practice.organisation': 'Pick the organisation that ran the project.',
			'blog.authors': 'Pick the people who wrote it.',
			series: 'Pick the series it belongs to.',
			meeting: 'The day of the meeting.',
			decisions: 'Decisions taken at the meeting. Each needs what was decided; a link name and topics are optional.',
			'decisions.id':
				'Optional: a short name for a lasting link to this decision, in lower-case words joined by hyphens, such as 2024-03-budget. Keep it once people link to it.',
			'decisions.topics': 'Pick the topics the decision is about.',
			'actions.due': 'The day it is due.',
			approval: 'Whether these minutes have been approved: draft until a later meeting approves them, then approved, naming that meeting.',
			'approval.approvedAt': 'Pick the minutes of the meeting that approved them.',
			'people.organisation': 'Pick their organisation.',
			seeAlso: 'Pick related terms from the glossary.',
		} as Partial<Record<string, string>>,
		/** The words for the choices of `datePrecision`. */
		datePrecisions: { day: 'A known day', month: 'Only the month', year: 'Only the year' },
		/** The words for the choices of a report's `period.precision`. */
		periodPrecisions: { day: 'Known days', month: 'Only the months' },
		/**
		 * The site's own wording of the text on this table (content/strings.yaml): each pair is a key of this table, such
		 * as home.startHere, and the words to show instead.
		 */
		wording: {
			label: 'Wording',
			description: 'Change the words the site itself shows, such as headings, labels and buttons, without changing the content.',
			key: 'Which text (its key)',
			value: 'Your words',
			hint: 'Each line changes one piece of text, named by its key, such as home.startHere for the "Start here" heading on the home page. Every key, with the kit’s own words, is in the kit’s strings table: the guide to editing the site says where. Where the text has marks such as {count}, keep them: the site fills them in. The site check names any key or mark it does not know.',
		},
	},
	/**
	 * The accessibility statement (/accessibility/), in the form UK public sector websites use. What it says the
	 * checks cover is what the kit's tests check (QUALITY.md): keep the two in step. `[words](https://…)` is a link,
	 * `{name}` the co-op's name, `{site}` its name linked to the home page and `{date}` a date from site.config.ts.
	 */
	accessibility: {
		title: 'Accessibility statement',
		description: (siteName: string) => `How accessible the ${siteName} website is, what we check, and how to tell us about a problem.`,
		intro: [
			'This accessibility statement applies to the {site} website.',
			'This website is run by {name}. We want as many people as possible to be able to use it. For example, that means you should be able to:',
		],
		abilities: [
			'change colours, contrast levels and fonts using your browser or device settings',
			'zoom in up to 400% without the text spilling off the screen',
			'move around the website using just a keyboard',
			'print any entry, with the addresses of its links written out',
		],
		abilityNet: '[AbilityNet](https://mcmw.abilitynet.org.uk/) has advice on making your device easier to use if you have a disability.',
		statusHeading: 'How accessible this website is',
		status: [
			'We aim for this website to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA. Its templates pass the automated checks described below with no failures. Automated checks cannot find every kind of problem, and the website has not yet been audited by a person, so we do not claim that it fully meets the standard.',
		],
		/** One more thing readers can do, depending on whether the site has search (`features.search`). */
		withoutJavaScript: { search: 'use every page except search without JavaScript', noSearch: 'use every page without JavaScript' },
		/** Shown when the site has search, which needs JavaScript. */
		knownHeading: 'What we know is not fully accessible',
		searchNeedsJavaScript: 'Search needs JavaScript. Without it, you can still reach every page by browsing by type or by topic.',
		checksHeading: 'How we check this website',
		buildChecks: 'Every time the website is built, the build stops if:',
		buildCheckList: [
			'a picture has no text alternative',
			'the colours chosen for text do not reach a contrast ratio of 4.5 to 1 with their backgrounds (the WCAG AA minimum)',
		],
		testChecks: 'The templates that make its pages have automated tests, run on a sample site that has every kind of page. They check that:',
		testCheckList: [
			'every kind of page passes the axe-core checks for WCAG 2.2 levels A and AA, with no failures',
			'every kind of page fits a screen 320 pixels wide, and a window zoomed to 200%, without scrolling sideways',
			'the skip link, the header, the menu, the navigation and search work with a keyboard alone, and show where the keyboard focus is',
			'every page is valid HTML, and pages of content load no JavaScript',
			'a printed entry keeps all its text, writes out the addresses of its links and leaves out the navigation',
		],
		testsCaveat: 'These tests check the templates, not the words and pictures of each entry.',
		contactHeading: 'Reporting problems and asking for another format',
		contactIntro:
			'If you find a problem with this website that is not listed here, or need any of it in a different format such as large print or plain text, please tell us.',
		/** Each way to reach the co-op that site.config.ts gives (`contact`). */
		email: 'Email: {email}',
		phone: 'Phone: {phone}',
		address: 'Write to: {address}',
		/** The subject of an email sent from this page. */
		emailSubject: 'Accessibility of the website',
		/** When site.config.ts gives no email, phone or address, but links to the co-op's pages elsewhere (`social`). */
		socialIntro: 'We have not published an email address, phone number or postal address on this website, so please contact us through our pages elsewhere:',
		/** When site.config.ts gives no way at all to reach the co-op. */
		noContact: 'We have not yet published a way to contact us on this website.',
		enforcementHeading: 'Enforcement procedure',
		enforcement: [
			'The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018 (the ‘accessibility regulations’). {name} is not a public sector body, so those regulations do not apply to this website, but we publish this statement in the form they set out.',
			'If you are not happy with how we respond to your complaint, contact the [Equality Advisory and Support Service (EASS)](https://www.equalityadvisoryservice.com/).',
		],
		preparationHeading: 'Preparation of this accessibility statement',
		prepared: 'This statement was prepared on {date}.',
		reviewed: 'It was last reviewed on {date}.',
	},
	/** The page shown for an address that does not exist. */
	notFound: {
		title: 'Page not found',
		lede: 'If you typed the web address, check it is correct. If you followed a link, the page may have moved.',
		home: 'Go to the home page',
		topics: 'Browse by topic',
		search: 'Search the site',
	},
};

/** The shape every locale's table has: the same keys as British English, each value a string or a function. */
export type UiStrings = typeof strings;

export default strings;
