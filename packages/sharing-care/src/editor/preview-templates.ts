/**
 * The web editor's preview of an entry as readers will see its page: the markup of src/layouts/EntryLayout.astro and
 * the components it uses (the same elements, class names and words), drawn from what the board member is writing.
 *
 * This runs in the editor's page, not in the build. build-preview-script.ts writes the source of
 * `registerPreviewTemplates` into /admin/preview-templates.js and gives it everything it uses as arguments: the
 * editor's `window` (Sveltia CMS, and `h`/`createClass` to draw with), the words and names the build worked out,
 * the kit's own pure functions and each kind's `facts()` and `summarise()`. So it must refer to nothing outside
 * itself: no imports but types (build-preview-script.test.ts runs it on its own).
 */
import type { Fact, FactHelpers, FactItem, MaybeFact } from '../collections/define-collection.ts';
import type { UiStrings } from '../i18n/locales/en-GB.ts';
import type { PluralForms } from '../lib/text/choose-plural.ts';
import type { InlinePart } from '../lib/text/parse-inline-text.ts';
import type { PreviewKit } from './build-preview-script.ts';

/** What the preview draws with: React elements, text, or nothing. */
export type Child = unknown;
type H = (type: unknown, props?: Record<string, unknown> | null, ...children: Child[]) => Child;

/** An entry's values as the editor holds them (an Immutable Map), and the rest of what a preview template is given. */
export interface TemplateProps {
	entry: { get(key: string): { toJS(): Record<string, unknown> } | string | undefined };
	widgetFor(field: string): Child;
	getAsset(path: string): { url: string } | undefined;
}

/** The parts of the editor's page the templates use (src/editor/render-editor-page.ts loads the CMS first). */
export interface EditorWindow {
	CMS: { registerPreviewTemplate(name: string, component: (props: TemplateProps) => Child): void };
	h: H;
	createClass(spec: object): unknown;
}

/** A kind of entry as its preview needs it. */
export interface PreviewKind {
	/** The collection's id, which is the editor collection's name and so the template's. */
	id: string;
	/** The line above the title: the kind's name, capitalised (EntryLayout). */
	type: string;
	/** What the schema fills in for a field left out, such as minutes' approval status; every field with a default. */
	defaults: Record<string, unknown>;
	/** The kind's own `facts()` and `summarise()` (src/collections/). */
	facts: (data: never, helpers: FactHelpers) => Promise<readonly MaybeFact[]> | readonly MaybeFact[];
	summarise?: ((data: never, helpers: Pick<FactHelpers, 't' | 'day' | 'count'>) => string) | undefined;
}

/** An item of reference data (or a set of published minutes) as a page links it: its name, its page, and a note. */
export type Named = FactItem & { href: string };

/** What the build worked out for the preview: the site's language and date format, its words, and the names ids stand for. */
export interface PreviewPieces {
	locale: string;
	dateFormat: Intl.DateTimeFormatOptions;
	/** How fast readers read (src/lib/text/estimate-reading-time.ts). */
	wordsPerMinute: number;
	/** The groups of the strings table the page's article uses, as the site words them. */
	strings: Pick<UiStrings, 'facts' | 'dates' | 'entry' | 'minutes' | 'decisions' | 'actions' | 'topics'>;
	/** The sentences with `{date}` and other places in them, split as InlineText splits them. */
	sentences: Record<'published' | 'updated' | 'lastReviewed' | 'lastUpdated' | 'change' | 'approvedAt', InlinePart[]>;
	/** Topics, people, organisations, series and published minutes by id, as the page links them. */
	names: Record<'topics' | 'people' | 'organisations' | 'series' | 'minutes', Record<string, Named>>;
	kinds: PreviewKind[];
	/** The attribute that marks what each component draws, for its own styles (src/editor/build-preview-styles.ts). */
	scopeAttribute: string;
}

/** Registers a preview template for each kind of entry: `CMS.registerPreviewTemplate(kind.id, …)`. */
export function registerPreviewTemplates(win: EditorWindow, pieces: PreviewPieces, kit: PreviewKit): void {
	const { h } = win;
	const t = pieces.strings;
	// Whatever the board member has written so far, in any shape.
	type Data = Record<string, any>;
	type Precision = 'day' | 'month' | 'year';

	// Values as the editor holds them: text, lists and groups, with dates as `YYYY-MM-DD` and references as ids.
	const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '');
	const list = (value: unknown): Data[] => (Array.isArray(value) ? value : []);
	const dateOf = (value: unknown): Date | undefined =>
		value instanceof Date ? value : typeof value === 'string' && value ? kit.parseCalendarDate(value) : undefined;
	const idOf = (value: unknown): string => (typeof value === 'string' ? value : text((value as { id?: unknown } | null)?.id));
	const isFilled = (value: unknown) => value !== undefined && value !== null && value !== '';

	// Words and dates as the site writes them (src/i18n/format.ts, FormattedDate, ReadingTime).
	const writeDate = (date: Date, precision: Precision = 'day') =>
		new Intl.DateTimeFormat(pieces.locale, kit.dateTimeOptions(pieces.dateFormat, precision)).format(date);
	const writeNumber = (value: number) => new Intl.NumberFormat(pieces.locale).format(value);
	const count = (forms: PluralForms, value: number) =>
		kit.fillTemplate(forms[new Intl.PluralRules(pieces.locale).select(value)] ?? forms.other, { count: writeNumber(value) });
	// An item added since the site was last built is not known by name yet: its id stands in.
	const named = (table: Record<string, Named>, ref: unknown): FactItem => table[idOf(ref)] ?? { text: idOf(ref) };
	const helpers: FactHelpers = {
		t: t as UiStrings,
		organisation: async (ref) => named(pieces.names.organisations, ref),
		people: async (refs) => list(refs).map((ref) => named(pieces.names.people, ref)),
		series: async (ref) => named(pieces.names.series, ref),
		day: (date) => (dateOf(date) ? writeDate(dateOf(date)!) : ''),
		month: (date) => (dateOf(date) ? writeDate(dateOf(date)!, 'month') : ''),
		count,
	};

	/** The facts beside the title (src/data/entry-facts.ts): the kind's own, then where the entry was first published. */
	async function factsOf(kind: PreviewKind, data: Data): Promise<Fact[]> {
		const facts = [...(await kind.facts(data as never, helpers))];
		const source = (data.source ?? {}) as Data;
		const link = text(source.url) ? { href: text(source.url) } : {};
		if (text(source.title)) facts.push({ label: t.facts.firstPublishedIn, items: [{ text: text(source.title), ...link }] });
		if (text(source.name)) facts.push({ label: t.facts.firstPublishedBy, items: [{ text: text(source.name), ...(text(source.title) ? {} : link) }] });
		// Facts and items the entry has not filled in yet are left out, as the page leaves out what an entry lacks.
		return facts
			.filter((fact): fact is Fact => Boolean(fact))
			.map((fact) => ({ ...fact, items: fact.items.filter((item) => text(item.text)) }))
			.filter((fact) => fact.items.length > 0);
	}

	/**
	 * An entry still being written may lack what a fact or its summary needs (a TypeError, reading what is not there):
	 * it shows none until it has. Anything else is a fault of the preview, said in the console.
	 */
	const notWrittenYet = (error: unknown) => {
		if (!(error instanceof TypeError)) console.error(error);
	};

	/** What a component draws, marked with its name so that its own styles apply to it (build-preview-styles.ts). */
	const scope = (component: string, child: Child) => child && h('div', { [pieces.scopeAttribute]: component }, child);

	/** A sentence from the strings table with its places filled (InlineText). */
	const inline = (parts: InlinePart[], slots: Record<string, Child>) =>
		parts.map((part, index) =>
			part.kind === 'text'
				? part.text
				: part.kind === 'strong'
					? h('strong', { key: index }, part.text)
					: part.kind === 'link'
						? h('a', { key: index, href: part.target }, part.text)
						: slots[part.name],
		);

	/** A date as FormattedDate writes it. */
	const formattedDate = (date: Date, precision: Precision = 'day', marks: { approximate?: boolean; undatedSource?: boolean } = {}) =>
		h('time', { key: 'date', dateTime: kit.toDatetimeAttribute(date, precision) }, kit.writeEntryDate(writeDate(date, precision), marks, t.dates));

	/** FactList. */
	const factList = (facts: Fact[]) =>
		facts.length > 0 &&
		scope(
			'FactList',
			h(
				'dl',
				{ className: 'facts' },
				facts.map((fact, index) =>
					h(
						'div',
						{ key: index },
						h('dt', null, fact.label),
						fact.items.map((item, position) =>
							h(
								'dd',
								{ key: position },
								item.href ? h('a', { href: item.href }, item.text) : item.text,
								item.note && h('span', { className: 'note' }, ', ', item.note),
							),
						),
					),
				),
			),
		);

	/** The facts, worked out as the kind's `facts()` does, which may wait on its look-ups: drawn once they are ready. */
	const Facts = win.createClass({
		getInitialState: () => ({ facts: [] }),
		componentDidMount() {
			this.load();
		},
		componentDidUpdate(previous: { data: Data }) {
			if (previous.data !== this.props.data) this.load();
		},
		load(this: { props: { kind: PreviewKind; data: Data }; setState(state: object): void }) {
			const { kind, data } = this.props;
			factsOf(kind, data).then(
				(facts) => this.props.data === data && this.setState({ facts }),
				(error: unknown) => {
					notWrittenYet(error);
					if (this.props.data === data) this.setState({ facts: [] });
				},
			);
		},
		render(this: { state: { facts: Fact[] } }) {
			return factList(this.state.facts);
		},
	} as ThisType<any>);

	/**
	 * The cover picture. The editor hands a picture over with its file's path, then, once it has read the file, with
	 * an address of its own for it (`blob:`): the picture is drawn once it has that.
	 */
	const Picture = win.createClass({
		getInitialState: () => ({ src: '' }),
		componentDidMount() {
			this.wait(50);
		},
		componentDidUpdate(previous: { path: string }) {
			if (previous.path !== this.props.path) this.wait(50);
		},
		componentWillUnmount() {
			clearTimeout(this.timer);
		},
		wait(
			this: { props: { asset: { url: string } }; timer: ReturnType<typeof setTimeout>; setState(state: object): void; wait(tries: number): void },
			tries: number,
		) {
			clearTimeout(this.timer);
			const { url } = this.props.asset;
			if (/^(blob|data|https?):/.test(url)) this.setState({ src: url });
			else if (tries > 0) this.timer = setTimeout(() => this.wait(tries - 1), 100);
		},
		render(this: { state: { src: string }; props: { alt: string } }) {
			return this.state.src ? h('img', { src: this.state.src, alt: this.props.alt }) : null;
		},
	} as ThisType<any>);

	/** TopicLinks. */
	const topicLinks = (ids: unknown[], label: string) => {
		const topics = [...new Set(ids.map(idOf).filter(Boolean))].map((id) => named(pieces.names.topics, id));
		return (
			topics.length > 0 &&
			scope(
				'TopicLinks',
				h(
					'ul',
					{ className: 'topic-links no-print', 'aria-label': label },
					topics.map((topic, index) => h('li', { key: index }, h('a', { href: topic.href }, topic.text))),
				),
			)
		);
	};

	/** A section with a heading and a list, drawn only when the list has something in it (KeyPoints, SourceNotes, the minutes' lists). */
	const listSection = (items: string[], heading: string, { id, className, ordered = false }: { id: string; className?: string; ordered?: boolean }) =>
		items.length > 0 &&
		h(
			'section',
			{ className, 'aria-labelledby': id },
			h('h2', { id }, heading),
			h(
				ordered ? 'ol' : 'ul',
				null,
				items.map((item, index) => h('li', { key: index }, item)),
			),
		);

	/** PageHistory. */
	const pageHistory = (data: Data) => {
		const lastReviewed = dateOf(data.lastReviewed);
		const changes = list(data.changes)
			.map((change) => ({ date: dateOf(change?.date), note: text(change?.note) }))
			.filter((change): change is { date: Date; note: string } => change.date !== undefined && change.note !== '')
			.sort((a, b) => b.date.getTime() - a.date.getTime());
		const lastUpdate = kit.findLastUpdate({ updated: dateOf(data.updated), changes });
		return (
			(lastReviewed || lastUpdate) &&
			scope(
				'PageHistory',
				h(
					'section',
					{ className: 'page-history', 'aria-labelledby': 'page-history-heading' },
					h('h2', { id: 'page-history-heading' }, t.entry.history.heading),
					lastReviewed && h('p', null, inline(pieces.sentences.lastReviewed, { date: formattedDate(lastReviewed) })),
					lastUpdate && h('p', null, inline(pieces.sentences.lastUpdated, { date: formattedDate(lastUpdate) })),
					changes.length > 0 && [
						h('h3', { key: 'heading' }, t.entry.history.changes),
						h(
							'ul',
							{ key: 'list' },
							changes.map((change, index) => h('li', { key: index }, inline(pieces.sentences.change, { date: formattedDate(change.date), note: change.note }))),
						),
					],
				),
			)
		);
	};

	/** ActionsTable, as the minutes show it (with each action's status). */
	const actionsTable = (actions: Data[]) =>
		scope(
			'ActionsTable',
			h(
				'div',
				{ className: 'table-scroll', tabIndex: 0, role: 'group', 'aria-labelledby': 'actions' },
				h(
					'table',
					null,
					h(
						'thead',
						null,
						h(
							'tr',
							null,
							[t.actions.action, t.actions.who, t.actions.due, t.actions.status].map((heading) => h('th', { key: heading, scope: 'col' }, heading)),
						),
					),
					h(
						'tbody',
						null,
						actions.map((action, index) => {
							const due = dateOf(action.due);
							return h(
								'tr',
								{ key: index },
								h('td', null, text(action.text)),
								h('td', null, text(action.owner)),
								h('td', null, due && formattedDate(due)),
								h('td', null, action.status === 'done' ? t.actions.statusDone : t.actions.statusOpen),
							);
						}),
					),
				),
			),
		);

	/** MinutesRecord: who came, the agenda, the text, then the decisions and actions as the minutes' page lists them. */
	const minutesRecord = (data: Data, slug: string, body: Child) => {
		const decisions = list(data.decisions).filter((decision) => text(decision?.text));
		const actions = list(data.actions).filter((action) => text(action?.text) || text(action?.owner));
		const approval = (data.approval ?? {}) as Data;
		const approving = pieces.names.minutes[idOf(approval.approvedAt)];
		return scope(
			'MinutesRecord',
			h(
				'div',
				{ className: 'minutes' },
				listSection(list(data.attendees).map(text).filter(Boolean), t.minutes.present, { id: 'attendees' }),
				listSection(list(data.apologies).map(text).filter(Boolean), t.minutes.apologies, { id: 'apologies' }),
				listSection(list(data.agenda).map(text).filter(Boolean), t.minutes.agenda, { id: 'agenda', ordered: true }),
				body,
				decisions.length > 0 &&
					h(
						'section',
						{ 'aria-labelledby': 'decisions' },
						h('h2', { id: 'decisions' }, t.minutes.decisions),
						h(
							'ol',
							{ className: 'decisions' },
							decisions.map((decision, index) =>
								h(
									'li',
									{ key: index, id: kit.decisionAnchor(slug, { id: text(decision.id) || undefined }, list(data.decisions).indexOf(decision)) },
									h('p', null, text(decision.text)),
									topicLinks(list(decision.topics), t.decisions.topics),
								),
							),
						),
					),
				actions.length > 0 && h('section', { 'aria-labelledby': 'actions' }, h('h2', { id: 'actions' }, t.minutes.actions), actionsTable(actions)),
				approval.status === 'approved' &&
					h(
						'p',
						{ className: 'approval' },
						approving ? inline(pieces.sentences.approvedAt, { minutes: h('a', { key: 'minutes', href: approving.href }, approving.text) }) : t.minutes.approved,
					),
			),
		);
	};

	/** EntryLayout's article, for one kind. */
	const templateFor = (kind: PreviewKind) =>
		function EntryPreview({ entry, widgetFor, getAsset }: TemplateProps) {
			const values = entry.get('data');
			const written = typeof values === 'object' && values ? values.toJS() : {};
			// The schema's defaults stand in for what the entry leaves out, as they do when the site reads it.
			const data: Data = { ...kind.defaults, ...Object.fromEntries(Object.entries(written).filter(([, value]) => isFilled(value))) };
			const slug = text(entry.get('slug'));
			const minutes = kind.id === 'minutes';
			// Minutes are published on the day of their meeting unless they give a date of their own (src/schemas/minutes.ts).
			const published = dateOf(data.date) ?? (minutes ? dateOf(data.meeting) : undefined);
			const precision = (data.datePrecision ?? 'day') as Precision;
			const lastUpdate = kit.findLastUpdate({
				updated: dateOf(data.updated),
				changes: list(data.changes)
					.map((change) => ({ date: dateOf(change?.date) }))
					.filter((change): change is { date: Date } => Boolean(change.date)),
			});
			const body = text(data.body);
			const minutesToRead = Math.max(1, Math.round(kit.countWords(body) / pieces.wordsPerMinute));
			let summary = text(data.summary);
			try {
				summary ||= kind.summarise?.(data as never, helpers) ?? '';
			} catch (error) {
				notWrittenYet(error);
			}
			const keyPoints = list(data.keyPoints).map(kit.readKeyPointText).map(text).filter(Boolean);
			const cover = (data.cover ?? {}) as Data;
			const picture = text(cover.src) ? getAsset(text(cover.src)) : undefined;
			const topicIds = [...list(data.topics), ...(minutes ? list(data.decisions).flatMap((decision) => list(decision?.topics)) : [])];
			// The entry's text as the editor draws it, which the layout's and components' own styles leave alone.
			const bodyPreview = body ? scope('content', widgetFor('body')) : null;
			return h(
				'main',
				{ id: 'main', className: 'container' },
				scope(
					'EntryLayout',
					h(
						'article',
						null,
						h(
							'header',
							null,
							h('p', { className: 'type' }, kind.type),
							text(data.title) && h('h1', null, text(data.title)),
							summary && h('p', { className: 'lede' }, summary),
							h(
								'p',
								{ className: 'date muted' },
								published &&
									inline(pieces.sentences.published, {
										date: formattedDate(published, precision, { approximate: data.dateApproximate === true, undatedSource: data.undatedSource === true }),
									}),
								lastUpdate && h('span', null, inline(pieces.sentences.updated, { date: formattedDate(lastUpdate) })),
								h('span', { 'aria-hidden': 'true' }, ' · '),
								h('span', { className: 'reading-time' }, count(t.entry.readingTime, minutesToRead)),
							),
							h('div', null, h(Facts, { kind, data }), topicLinks(topicIds, t.topics.title)),
						),
						scope('KeyPoints', listSection(keyPoints, t.entry.keyPoints, { id: 'key-points-heading', className: 'key-points' })),
						picture &&
							h(
								'figure',
								{ className: 'cover' },
								h(Picture, { asset: picture, path: text(cover.src), alt: text(cover.alt) }),
								text(cover.caption) && h('figcaption', null, text(cover.caption)),
							),
						h('div', { className: 'prose' }, minutes ? minutesRecord(data, slug, bodyPreview) : bodyPreview),
						scope(
							'SourceNotes',
							listSection(list(data.sourceNotes).map(text).filter(Boolean), t.entry.sourceNotes, { id: 'source-notes-heading', className: 'source-notes' }),
						),
						pageHistory(data),
					),
				),
			);
		};

	for (const kind of pieces.kinds) win.CMS.registerPreviewTemplate(kind.id, templateFor(kind));
}
