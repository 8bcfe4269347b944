import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ENTRY_KINDS, entryKind } from '../collections/index.ts';
import { applySiteStrings } from '../i18n/apply-site-strings.ts';
import { t } from '../i18n/index.ts';
import { minutesSchema } from '../schemas/minutes.ts';
import { buildPreviewScript, functionCode, schemaDefaults, stringsCode, textFunctionCode } from './build-preview-script.ts';
import { EDITOR_CONTEXT } from './editor-context.ts';
import type { PreviewPieces } from './preview-templates.ts';

const NAMES: PreviewPieces['names'] = {
	topics: {
		'funding-and-finance': { text: 'Funding and finance', href: '/topics/funding-and-finance/' },
		'membership-and-governance': { text: 'Membership and governance', href: '/topics/membership-and-governance/' },
	},
	people: { 'amir-shah': { text: 'Amir Shah', href: '/people/amir-shah/', note: 'Researcher, Millbrook Care Co-operative' } },
	organisations: { 'carers-together': { text: 'Carers Together', href: '/organisations/carers-together/' } },
	series: {},
	minutes: { 'board-2025-03-11': { text: 'Board meeting, 11 March 2025', href: '/minutes/board-2025-03-11/' } },
};

const MINUTES = {
	title: 'Board meeting, 15 January 2025',
	summary: 'The board agreed a budget.',
	date: '2025-01-20',
	updated: '2025-03-14',
	meeting: '2025-01-15',
	attendees: ['Chair', 'Treasurer'],
	agenda: ['Budget for 2025'],
	decisions: [
		{ text: 'The board approved the budget for 2025.', id: 'budget-2025', topics: ['funding-and-finance'] },
		{ text: 'The co-op will run a membership drive.', topics: ['membership-and-governance'] },
	],
	actions: [{ text: 'Publish the budget summary.', owner: 'Treasurer', due: '2025-02-01', status: 'done' }],
	approval: { status: 'approved', approvedAt: 'board-2025-03-11' },
	sourceNotes: [],
	body: 'The board reviewed the budget.',
};

const AUDIT = {
	title: 'Community audit',
	summary: 'What partners told us.',
	keyPoints: [{ text: 'Small providers know people by name.', from: 'Small providers know the people they support by name.' }, 'They are trusted.', ''],
	date: '2023-10-01',
	datePrecision: 'month',
	dateApproximate: true,
	authors: ['amir-shah'],
	project: 'Sharing Care',
	organisationsConsulted: ['carers-together'],
	source: { title: 'The audit report' },
	sourceNotes: ['The list of visits is left out.'],
	body: 'Small providers know the people they support by name.',
};

/** A drawn element: what the page would have, as `h(type, props, …children)` made it. */
interface Drawn {
	type: string;
	props: Record<string, unknown>;
	children: (Drawn | string)[];
}

/** A class component made with `createClass`, marked so the drawing below knows it. */
const CLASS = Symbol('class');

/** The editor's page as the script sees it: the CMS registering templates, React's `h` and `createClass`, and the console. */
function editorWindow() {
	const templates = new Map<string, (props: object) => unknown>();
	const errors: unknown[] = [];
	const window = {
		CMS: { registerPreviewTemplate: (name: string, component: (props: object) => unknown) => templates.set(name, component) },
		h: (type: unknown, props: Record<string, unknown> | null, ...children: unknown[]) => ({ type, props: props ?? {}, children }),
		createClass: (spec: object) => ({ [CLASS]: spec }),
	};
	return { window, templates, errors, console: { error: (...args: unknown[]) => errors.push(args) } };
}

/** Draws what a template returns, as React would: components called, class components mounted and given time to load. */
async function draw(node: unknown): Promise<(Drawn | string)[]> {
	if (Array.isArray(node)) return (await Promise.all(node.map(draw))).flat();
	if (node === null || node === undefined || typeof node === 'boolean' || node === '') return [];
	if (typeof node !== 'object') return [String(node)];
	const { type, props, children } = node as { type: unknown; props: Record<string, unknown>; children: unknown[] };
	if (typeof type === 'function') return draw(type(props));
	if (type && typeof type === 'object' && CLASS in type) {
		const spec = type[CLASS] as { getInitialState(): object; componentDidMount?(): void; render(): unknown };
		const instance = Object.assign(Object.create(null) as object, spec, { props, state: spec.getInitialState() });
		Object.assign(instance, { setState: (state: object) => Object.assign(instance, { state: { ...instance.state, ...state } }) });
		instance.componentDidMount?.();
		await new Promise((resolve) => setTimeout(resolve, 0));
		return draw(instance.render());
	}
	return [{ type: type as string, props, children: await draw(children) }];
}

const all = (nodes: (Drawn | string)[], test: (node: Drawn) => boolean): Drawn[] =>
	nodes.flatMap((node) => (typeof node === 'string' ? [] : [...(test(node) ? [node] : []), ...all(node.children, test)]));
const textOf = (node: Drawn | string): string => (typeof node === 'string' ? node : node.children.map(textOf).join(''));
const byClass = (name: string) => (node: Drawn) =>
	String(node.props.className ?? '')
		.split(' ')
		.includes(name);
const byType = (type: string) => (node: Drawn) => node.type === type;

/** Runs the script on its own, as the editor's page does, and draws `data` with the template of `kind`; `getAsset` finds its pictures. */
async function preview(kind: string, data: object, getAsset: (path: string) => { url: string } | undefined = () => undefined) {
	const page = editorWindow();
	const script = buildPreviewScript({
		kinds: ENTRY_KINDS,
		strings: t,
		locale: 'en-GB',
		dateFormat: { day: 'numeric', month: 'long', year: 'numeric' },
		names: NAMES,
	});
	// Nothing but the language itself, and what a browser's page has besides: the window, the console and timers.
	runInNewContext(script, { window: page.window, console: page.console, setTimeout, clearTimeout });
	const template = page.templates.get(kind)!;
	const drawn = await draw(
		template({
			entry: { get: (key: string) => (key === 'data' ? { toJS: () => structuredClone(data) } : key === 'slug' ? 'board-2025-01-15' : undefined) },
			widgetFor: (field: string) => ({ type: 'div', props: { className: `widget-${field}` }, children: ['(the text)'] }),
			getAsset,
		}),
	);
	return { drawn, errors: page.errors, templates: [...page.templates.keys()] };
}

describe('buildPreviewScript', () => {
	it('registers a template for each kind of entry, named as the editor names its collection', async () => {
		expect((await preview('minutes', MINUTES)).templates).toEqual(ENTRY_KINDS.map((kind) => kind.id));
	});

	it('draws minutes as their page does: type, title, summary, the date line, the facts, the record, and no empty section', async () => {
		const { drawn, errors } = await preview('minutes', MINUTES);
		expect(textOf(all(drawn, byClass('type'))[0]!)).toBe('Set of minutes');
		expect(all(drawn, byType('h1')).map(textOf)).toEqual([MINUTES.title]);
		expect(all(drawn, byClass('lede')).map(textOf)).toEqual([MINUTES.summary]);
		expect(all(drawn, byClass('date')).map(textOf)).toEqual(['Published 20 January 2025, updated 14 March 2025 · 1 minute to read']);
		expect(all(drawn, byType('time'))[0]!.props.dateTime).toBe('2025-01-20');
		const facts = all(drawn, byClass('facts'))[0]!;
		expect(all([facts], byType('div')).map((fact) => all([fact], (node) => ['dt', 'dd'].includes(node.type)).map(textOf))).toEqual([
			['Meeting', 'Board meeting, 15 January 2025'],
			['Status', 'Approved'],
		]);
		// The topics of the decisions, under the title.
		expect(all(drawn, (node) => node.props['aria-label'] === 'Topics').map(textOf)).toEqual(['Funding and financeMembership and governance']);

		const record = all(drawn, byClass('minutes'))[0]!;
		expect(all([record], byType('h2')).map(textOf)).toEqual(['Present', 'Agenda', 'Decisions', 'Actions']);
		expect(all([record], byClass('widget-body'))).toHaveLength(1);
		const decisions = all([record], byClass('decisions'))[0]!;
		expect(decisions.type).toBe('ol');
		expect(decisions.children.map((item) => (item as Drawn).props.id)).toEqual(['budget-2025', 'board-2025-01-15-decision-2']);
		expect(decisions.children.map((item) => textOf(all([item as Drawn], byType('p'))[0]!))).toEqual(MINUTES.decisions.map((decision) => decision.text));
		expect(all([decisions], (node) => node.props['aria-label'] === 'Decision topics').map(textOf)).toEqual([
			'Funding and finance',
			'Membership and governance',
		]);
		expect(all([record], byType('tr')).map((row) => row.children.map(textOf))).toEqual([
			['Action', 'Who', 'Due', 'Status'],
			['Publish the budget summary.', 'Treasurer', '1 February 2025', 'Done'],
		]);
		const approval = all([record], byClass('approval'))[0]!;
		expect(textOf(approval)).toBe('These minutes were approved at a later meeting: Board meeting, 11 March 2025.');
		expect(all([approval], byType('a'))[0]!.props.href).toBe('/minutes/board-2025-03-11/');

		// Nothing the entry leaves empty: no apologies, key points, notes on the source or picture.
		expect(all(drawn, byType('h2')).map(textOf)).not.toContain('Apologies');
		expect(all(drawn, (node) => ['key-points', 'source-notes', 'cover'].some((name) => byClass(name)(node)))).toEqual([]);
		expect(errors).toEqual([]);
	});

	it('draws guidance with its key points box, its date as the page writes it, its facts and its notes on the source', async () => {
		const { drawn, errors } = await preview('audits', AUDIT);
		expect(all(drawn, byClass('date')).map(textOf)).toEqual(['Published about October 2023 · 1 minute to read']);
		const box = all(drawn, byClass('key-points'))[0]!;
		expect(box).toMatchObject({ type: 'section', props: { 'aria-labelledby': 'key-points-heading' } });
		expect(all([box], byType('h2')).map(textOf)).toEqual(['At a glance']);
		expect(all([box], byType('li')).map(textOf)).toEqual(['Small providers know people by name.', 'They are trusted.']);
		const facts = all(drawn, byClass('facts'))[0]!;
		expect(all([facts], byType('dd')).map(textOf)).toEqual([
			'Amir Shah, Researcher, Millbrook Care Co-operative',
			'Sharing Care',
			'Carers Together',
			'The audit report',
		]);
		expect(all([facts], byType('dt')).map(textOf)).toEqual(['By', 'Project', 'Organisations consulted', 'First published in']);
		expect(all(drawn, byClass('source-notes')).map(textOf)).toEqual(['Notes on the sourceThe list of visits is left out.']);
		expect(errors).toEqual([]);
	});

	it('draws the page’s history: when it was last reviewed and updated, and each change, newest first', async () => {
		const changes = [
			{ date: '2024-05-02', note: 'Added the number of people at the second open evening.' },
			{ date: '2025-02-14', note: 'Corrected the date of the first open evening.' },
		];
		const { drawn } = await preview('audits', { ...AUDIT, lastReviewed: '2025-10-06', changes });
		expect(all(drawn, byClass('date')).map(textOf)).toEqual(['Published about October 2023, updated 14 February 2025 · 1 minute to read']);
		const history = all(drawn, byClass('page-history'))[0]!;
		expect(all([history], (node) => ['h2', 'p', 'h3', 'li'].includes(node.type)).map(textOf)).toEqual([
			'Page history',
			'Last reviewed 6 October 2025',
			'Last updated 14 February 2025',
			'Changes to this page',
			'14 February 2025: Corrected the date of the first open evening.',
			'2 May 2024: Added the number of people at the second open evening.',
		]);
	});

	it('draws the cover picture, with its alt text and caption, once the editor has read its file', async () => {
		const cover = { src: './photo.png', alt: 'Members in the kitchen', caption: 'The open day.' };
		const { drawn } = await preview('blog', { title: 'A post', date: '2025-03-12', cover }, (path) =>
			path === './photo.png' ? { url: 'blob:http://localhost/1' } : undefined,
		);
		const figure = all(drawn, byClass('cover'))[0]!;
		expect(all([figure], byType('img')).map((img) => img.props)).toEqual([{ src: 'blob:http://localhost/1', alt: 'Members in the kitchen' }]);
		expect(all([figure], byType('figcaption')).map(textOf)).toEqual(['The open day.']);
	});

	it('writes minutes left without a summary or a publication date from their meeting, as the site does', async () => {
		const { drawn } = await preview('minutes', { ...MINUTES, summary: '', date: undefined, updated: undefined });
		expect(all(drawn, byClass('date')).map(textOf)).toEqual(['Published 15 January 2025 · 1 minute to read']);
		const summarise = entryKind('minutes').summarise;
		if (summarise) expect(all(drawn, byClass('lede')).map(textOf)).toEqual([expect.stringContaining('15 January 2025')]);
	});

	it('draws every kind as `npm run new` starts it without failing, with nothing of the kit missing from the script', async () => {
		for (const kind of ENTRY_KINDS) {
			const { drawn, errors } = await preview(kind.id, {
				title: 'A new entry',
				date: '2025-03-12',
				...kind.newEntry.fields('2025-03-12'),
				body: kind.newEntry.body,
			});
			expect(all(drawn, byType('h1')).map(textOf), kind.id).toEqual(['A new entry']);
			expect(errors, kind.id).toEqual([]);
		}
	});
});

describe('functionCode', () => {
	it('writes functions and methods as expressions that run on their own', () => {
		const kind = {
			facts(value: number) {
				return value + 1;
			},
		};
		const code = functionCode(kind.facts as (...args: never[]) => unknown);
		expect((runInNewContext(`(${code})`) as (value: number) => number)(1)).toBe(2);
		expect((runInNewContext(`(${functionCode((value: number) => value * 2)})`) as (value: number) => number)(2)).toBe(4);
	});
});

describe('textFunctionCode', () => {
	const run = (code: string | undefined, ...values: string[]) =>
		(
			runInNewContext(
				`const sentence = (template, names) => (...values) => names.reduce((text, name, index) => text.replace('{' + name + '}', values[index]), template); (${code})`,
			) as (...values: string[]) => string
		)(...values);

	it('sends a function of the kit’s table as its own code', () => {
		expect(run(textFunctionCode(t.facts.period, ['start', 'end']), 'April', 'June')).toBe(t.facts.period('April', 'June'));
	});

	it('sends a site’s own wording of it as its words, filled in the browser', () => {
		const worded = applySiteStrings(
			t,
			[{ path: ['facts', 'period'], kind: 'function', value: 'From {start} until {end}', parameters: ['start', 'end'] }],
			String,
		);
		expect(textFunctionCode(worded.facts.period, ['start', 'end'])).toBe('sentence("From {start} until {end}", ["start","end"])');
		expect(run(textFunctionCode(worded.facts.period, ['start', 'end']), 'April', 'June')).toBe('From April until June');
	});

	it('leaves out a function whose words neither way can send, such as one that writes numbers its own way', () => {
		expect(textFunctionCode(t.actions.lede as unknown as (...values: string[]) => string, ['open', 'done'])).toBeUndefined();
	});
});

describe('stringsCode', () => {
	it('writes a group of the strings table as code with the same words', () => {
		const facts = runInNewContext(`(${stringsCode(t.facts, 'facts')})`) as typeof t.facts;
		expect(facts.meetingTypes).toEqual(t.facts.meetingTypes);
		expect(facts.meetingOn('Board meeting', '12 March 2025')).toBe(t.facts.meetingOn('Board meeting', '12 March 2025'));
	});
});

describe('schemaDefaults', () => {
	it('gives what the schema fills in for each field left out', () => {
		expect(schemaDefaults(minutesSchema(EDITOR_CONTEXT))).toMatchObject({
			meetingType: 'board',
			decisions: [],
			actions: [],
			approval: { status: 'draft' },
			datePrecision: 'day',
		});
		expect(schemaDefaults(minutesSchema(EDITOR_CONTEXT))).not.toHaveProperty('meeting');
	});
});
