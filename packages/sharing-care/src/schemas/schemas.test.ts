import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { describeReference } from '../collections/describe-reference.ts';
import { auditSchema } from './audits.ts';
import { blogSchema } from './blog.ts';
import { glossaryTermSchema } from './glossary.ts';
import type { ReferenceCollection, ReferenceTo, SchemaContext } from './context.ts';
import { knownReference } from './known-reference.ts';
import { minutesSchema } from './minutes.ts';
import { practiceSchema } from './practice.ts';
import { reportSchema } from './reports.ts';

/** The same context the content checker uses, with a small known set of ids. */
const KNOWN: Record<ReferenceCollection, string[]> = {
	topics: ['co-production', 'funding-and-finance'],
	people: ['sue-richards'],
	organisations: ['power-to-change', 'cccv'],
	series: ['co-production-week'],
	glossary: ['co-production', 'care-co-op'],
	minutes: ['board-2025-03-12'],
};
const ctx: SchemaContext = {
	image: () => z.string() as never,
	reference: <C extends ReferenceCollection>(collection: C) =>
		knownReference(describeReference(collection), new Set(KNOWN[collection])).transform((id): ReferenceTo<C> => ({ id, collection })),
};

const common = { title: 'A title', summary: 'A plain summary.', date: '2024-05-01' };
/** The common fields of guidance: reports, audits and practice examples have key points too. */
const guidance = { ...common, keyPoints: ['A first point.', 'A second point.', 'A third point.'] };

describe('the common fields', () => {
	it('need only title, summary and date for a blog post, and fill in the defaults', () => {
		const data = blogSchema(ctx).parse(common);
		expect(data).toMatchObject({
			title: 'A title',
			draft: false,
			featured: false,
			topics: [],
			authors: [],
			datePrecision: 'day',
			undatedSource: false,
			sourceNotes: [],
		});
		expect(data.date.toISOString()).toBe('2024-05-01T00:00:00.000Z');
	});

	it('accept a date that YAML has already turned into a Date', () => {
		expect(
			blogSchema(ctx)
				.parse({ ...common, date: new Date('2024-05-01') })
				.date.getUTCDate(),
		).toBe(1);
	});

	it('refuse Markdown in the summary, which is plain text', () => {
		const result = blogSchema(ctx).safeParse({ ...common, summary: 'A **bold** summary' });
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.path).toEqual(['summary']);
	});

	it('refuse unknown fields, so a misspelt field is caught', () => {
		const result = blogSchema(ctx).safeParse({ ...common, titel: 'typo' });
		expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
	});

	it('refuse a cover image without alt text', () => {
		const result = blogSchema(ctx).safeParse({ ...common, cover: { src: './a.png' } });
		expect(result.error?.issues[0]?.path).toEqual(['cover', 'alt']);
	});

	it('refuse a topic id that is not in topics.yaml, saying where to add it', () => {
		const result = blogSchema(ctx).safeParse({ ...common, topics: ['co-production', 'fundraising'] });
		expect(result.error?.issues[0]?.path).toEqual(['topics', 1]);
		expect(result.error?.issues[0]?.message).toContain('content/topics.yaml');
	});

	it('mark a date as the editor’s estimate for a text first published without one', () => {
		const data = blogSchema(ctx).parse({ ...common, date: '2020-07-01', datePrecision: 'month', undatedSource: true });
		expect(data).toMatchObject({ datePrecision: 'month', undatedSource: true });
		expect(blogSchema(ctx).safeParse({ ...common, undatedSource: 'yes' }).error?.issues[0]?.path).toEqual(['undatedSource']);
	});

	it('take notes on the source as plain sentences, refusing Markdown in them', () => {
		const notes = ['A picture caption in the source, “Simone’s story”, is left out.'];
		expect(blogSchema(ctx).parse({ ...common, sourceNotes: notes }).sourceNotes).toEqual(notes);
		const result = blogSchema(ctx).safeParse({ ...common, sourceNotes: ['Fine.', 'See [here](https://example.org).'] });
		expect(result.error?.issues[0]?.path).toEqual(['sourceNotes', 1]);
	});

	it('say where a text was first published by its publisher, its publication’s title or both, and refuse neither', () => {
		expect(blogSchema(ctx).parse({ ...common, source: { title: 'Co-production in social care' } }).source).toEqual({ title: 'Co-production in social care' });
		expect(blogSchema(ctx).parse({ ...common, source: { name: 'SCIE', title: 'A guide' } }).source).toEqual({ name: 'SCIE', title: 'A guide' });
		const result = blogSchema(ctx).safeParse({ ...common, source: { url: 'https://example.org/guide' } });
		expect(result.error?.issues[0]?.path).toEqual(['source', 'name']);
		expect(result.error?.issues[0]?.message).toContain('title');
	});

	it('suggest the id that was probably meant', () => {
		const result = blogSchema(ctx).safeParse({ ...common, topics: ['co-production-'] });
		expect(result.error?.issues[0]?.message).toContain('Did you mean "co-production"?');
	});
});

describe('the common fields of guidance', () => {
	it('need three to five plain key points', () => {
		for (const schema of [auditSchema(ctx), practiceSchema(ctx)]) {
			const paths = (data: object) => schema.safeParse(data).error?.issues.map((issue) => issue.path.join('.')) ?? [];
			expect(paths(common)).toContain('keyPoints');
			expect(paths({ ...common, keyPoints: ['One.', 'Two.'] })).toContain('keyPoints');
			expect(paths({ ...common, keyPoints: ['1.', '2.', '3.', '4.', '5.', '6.'] })).toContain('keyPoints');
			expect(paths({ ...common, keyPoints: ['One.', 'Two.', 'A **bold** three.'] })).toContain('keyPoints.2');
			expect(paths(guidance)).not.toContain('keyPoints');
		}
	});

	it('take a key point as a plain line or as its words with the sentence it summarises, in any mix', () => {
		const cited = { text: 'A first point.', from: 'The entry’s first sentence' };
		const keyPoints = [cited, 'A second point.', { text: 'A third point.' }];
		const practice = { ...guidance, organisation: 'cccv', place: 'Kirklees', year: 2015 };
		expect(practiceSchema(ctx).parse({ ...practice, keyPoints }).keyPoints).toEqual(keyPoints);
		const paths = (points: unknown[]) =>
			practiceSchema(ctx)
				.safeParse({ ...practice, keyPoints: points })
				.error?.issues.map((issue) => issue.path.join('.')) ?? [];
		expect(paths([cited, cited, { from: 'A sentence' }])).toEqual(['keyPoints.2']);
		expect(paths([cited, cited, { text: 'A point.', form: 'A sentence' }])).toEqual(['keyPoints.2']);
		expect(paths([cited, cited, { text: 'A *point*.', from: 'A sentence' }])).toEqual(['keyPoints.2.text']);
	});

	it('take an optional review date and a list of dated changes, oldest or newest first', () => {
		const data = practiceSchema(ctx).parse({
			...guidance,
			organisation: 'cccv',
			place: 'Kirklees',
			year: 2015,
			lastReviewed: '2025-03-03',
			changes: [{ date: '2025-03-03', note: 'Corrected the year.' }],
		});
		expect(data.lastReviewed?.toISOString()).toBe('2025-03-03T00:00:00.000Z');
		expect(data.changes).toEqual([{ date: new Date('2025-03-03T00:00:00Z'), note: 'Corrected the year.' }]);
	});
});

describe('changes', () => {
	it('default to none, and need a real date and a plain note for each', () => {
		expect(blogSchema(ctx).parse(common).changes).toEqual([]);
		const result = blogSchema(ctx).safeParse({ ...common, changes: [{ date: '2025-02-30', note: 'Fixed a typo.' }, { date: '2025-03-01' }] });
		expect(result.error?.issues.map((issue) => issue.path)).toEqual([
			['changes', 0, 'date'],
			['changes', 1, 'note'],
		]);
	});

	it('are not given a review date outside guidance', () => {
		expect(blogSchema(ctx).safeParse({ ...common, lastReviewed: '2025-03-03' }).error?.issues[0]?.code).toBe('unrecognized_keys');
	});
});

describe('reportSchema', () => {
	const report = { ...guidance, organisation: 'cccv', funder: 'power-to-change', period: { start: '2022-04-01', end: '2022-06-30' }, outcomes: ['Events'] };

	it('accepts a report with funder, period and outcomes', () => {
		expect(reportSchema(ctx).parse(report).funder).toEqual({ id: 'power-to-change', collection: 'organisations' });
	});

	it('refuses a period that ends before it starts', () => {
		const result = reportSchema(ctx).safeParse({ ...report, period: { start: '2022-06-30', end: '2022-04-01' } });
		expect(result.error?.issues[0]?.path).toEqual(['period', 'end']);
	});

	it('takes a period known to the day by default', () => {
		expect(reportSchema(ctx).parse(report).period.precision).toBe('day');
	});

	it('accepts a period known only by its months when it covers them whole', () => {
		const data = reportSchema(ctx).parse({ ...report, period: { start: '2024-01-01', end: '2024-02-29', precision: 'month' } });
		expect(data.period).toMatchObject({ precision: 'month' });
		expect(data.period.end.toISOString().slice(0, 10)).toBe('2024-02-29');
	});

	it('refuses a period known only by its months that starts or ends mid-month, giving the dates to write', () => {
		const result = reportSchema(ctx).safeParse({ ...report, period: { start: '2022-04-15', end: '2022-06-29', precision: 'month' } });
		expect(result.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
			[['period', 'start'], 'A period known only by its months starts on the first day of a month: write 2022-04-01.'],
			[['period', 'end'], 'A period known only by its months ends on the last day of a month: write 2022-06-30.'],
		]);
	});

	it('refuses a precision other than days or months for a period', () => {
		const result = reportSchema(ctx).safeParse({ ...report, period: { ...report.period, precision: 'year' } });
		expect(result.error?.issues[0]?.path).toEqual(['period', 'precision']);
	});

	it('needs at least one outcome', () => {
		expect(reportSchema(ctx).safeParse({ ...report, outcomes: [] }).success).toBe(false);
	});
});

describe('auditSchema', () => {
	it('needs the organisations consulted', () => {
		const result = auditSchema(ctx).safeParse({ ...guidance, authors: ['sue-richards'] });
		expect(result.error?.issues[0]?.path).toEqual(['organisationsConsulted']);
	});
});

describe('practiceSchema', () => {
	it('needs an organisation, a place and a whole-number year', () => {
		const result = practiceSchema(ctx).safeParse({ ...guidance, organisation: 'cccv', place: 'Kirklees', year: 2015.5 });
		expect(result.error?.issues[0]?.path).toEqual(['year']);
	});
});

describe('minutesSchema', () => {
	it('needs only the meeting date beyond the common fields', () => {
		const data = minutesSchema(ctx).parse({ ...common, meeting: '2025-03-12' });
		expect(data).toMatchObject({ meetingType: 'board', attendees: [], decisions: [], actions: [], approval: { status: 'draft' } });
	});

	it('needs only a title and the meeting date: the publication date is the meeting’s unless given, and the summary may be left out', () => {
		const data = minutesSchema(ctx).parse({ title: 'Board meeting', meeting: '2025-03-12' });
		expect(data.date).toEqual(new Date('2025-03-12'));
		expect(data.summary).toBeUndefined();
		const later = minutesSchema(ctx).parse({ title: 'Board meeting', meeting: '2025-03-12', date: '2025-04-20', summary: 'Agreed the budget.' });
		expect(later).toMatchObject({ date: new Date('2025-04-20'), meeting: new Date('2025-03-12'), summary: 'Agreed the budget.' });
		expect(
			minutesSchema(ctx)
				.safeParse({ title: 'Board meeting', meeting: '2025-02-30' })
				.error?.issues.map((issue) => issue.path),
		).toEqual([['meeting']]);
	});

	it('defaults an action to open and checks its due date', () => {
		const data = minutesSchema(ctx).parse({ ...common, meeting: '2025-03-12', actions: [{ text: 'Write it', owner: 'Chair', due: '2025-04-01' }] });
		expect(data.actions[0]?.status).toBe('open');
		const bad = minutesSchema(ctx).safeParse({ ...common, meeting: '2025-03-12', actions: [{ text: 'Write it', owner: 'Chair', due: '2025-04-31' }] });
		expect(bad.error?.issues[0]?.path).toEqual(['actions', 0, 'due']);
	});

	it('checks the topics of each decision and the minutes that approved them', () => {
		const result = minutesSchema(ctx).safeParse({
			...common,
			meeting: '2025-03-12',
			decisions: [{ text: 'Agreed', topics: ['nonsense'] }],
			approval: { status: 'approved', approvedAt: 'board-2099-01-01' },
		});
		expect(result.error?.issues.map((issue) => issue.path)).toEqual([
			['decisions', 0, 'topics', 0],
			['approval', 'approvedAt'],
		]);
	});
});

describe('a glossary term', () => {
	const term = { term: 'Co-production', definition: 'Working together as equal partners.', basis: 'own' };

	it('needs only the term, its definition and its basis', () => {
		expect(glossaryTermSchema(ctx).parse(term)).toEqual(term);
	});

	it('takes as its basis the public definition it follows, or own for the site’s own wording, and nothing else', () => {
		const basis = { publisher: 'SCIE', title: 'Co-production: what it is and how to do it', url: 'https://www.scie.org.uk/co-production/what-how/' };
		expect(glossaryTermSchema(ctx).parse({ ...term, basis }).basis).toEqual(basis);
		const issues = (value: unknown) => glossaryTermSchema(ctx).safeParse({ ...term, basis: value }).error?.issues ?? [];
		const { basis: _, ...withoutBasis } = term;
		const missing = glossaryTermSchema(ctx).safeParse(withoutBasis).error?.issues ?? [];
		expect(missing.map((issue) => [issue.path, issue.message])).toEqual([[['basis'], expect.stringContaining('basis: own when it is the site')]]);
		expect(missing[0]?.message).toContain('npx sharing-care upgrade');
		expect(issues('mine').map((issue) => issue.path)).toEqual([['basis']]);
		expect(issues({ ...basis, url: 'http://www.scie.org.uk/' })).toHaveLength(1);
		expect(issues({ publisher: 'SCIE', url: basis.url })).toHaveLength(1);
	});

	it('takes other forms, related terms and a page to find out more', () => {
		const data = glossaryTermSchema(ctx).parse({
			...term,
			aliases: ['co-produced'],
			seeAlso: ['care-co-op'],
			furtherReading: { name: 'SCIE', url: 'https://www.scie.org.uk/' },
		});
		expect(data.seeAlso).toEqual([{ id: 'care-co-op', collection: 'glossary' }]);
		expect(data.aliases).toEqual(['co-produced']);
	});

	it('refuses a definition in Markdown, an empty form and a related term the glossary lacks', () => {
		const result = glossaryTermSchema(ctx).safeParse({ ...term, definition: 'Working *together*.', aliases: [' '], seeAlso: ['coproduction'] });
		expect(result.error?.issues.map((issue) => issue.path)).toEqual([['aliases', 0], ['definition'], ['seeAlso', 0]]);
	});
});
