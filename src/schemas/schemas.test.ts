import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
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
		knownReference(collection, new Set(KNOWN[collection])).transform((id): ReferenceTo<C> => ({ id, collection })),
};

const common = { title: 'A title', summary: 'A plain summary.', date: '2024-05-01' };

describe('the common fields', () => {
	it('need only title, summary and date for a blog post, and fill in the defaults', () => {
		const data = blogSchema(ctx).parse(common);
		expect(data).toMatchObject({ title: 'A title', draft: false, featured: false, topics: [], authors: [], datePrecision: 'day' });
		expect(data.date.toISOString()).toBe('2024-05-01T00:00:00.000Z');
	});

	it('accept a date that YAML has already turned into a Date', () => {
		expect(blogSchema(ctx).parse({ ...common, date: new Date('2024-05-01') }).date.getUTCDate()).toBe(1);
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

	it('suggest the id that was probably meant', () => {
		const result = blogSchema(ctx).safeParse({ ...common, topics: ['co-production-'] });
		expect(result.error?.issues[0]?.message).toContain('Did you mean "co-production"?');
	});
});

describe('reportSchema', () => {
	const report = { ...common, organisation: 'cccv', funder: 'power-to-change', period: { start: '2022-04-01', end: '2022-06-30' }, outcomes: ['Events'] };

	it('accepts a report with funder, period and outcomes', () => {
		expect(reportSchema(ctx).parse(report).funder).toEqual({ id: 'power-to-change', collection: 'organisations' });
	});

	it('refuses a period that ends before it starts', () => {
		const result = reportSchema(ctx).safeParse({ ...report, period: { start: '2022-06-30', end: '2022-04-01' } });
		expect(result.error?.issues[0]?.path).toEqual(['period', 'end']);
	});

	it('needs at least one outcome', () => {
		expect(reportSchema(ctx).safeParse({ ...report, outcomes: [] }).success).toBe(false);
	});
});

describe('auditSchema', () => {
	it('needs the organisations consulted', () => {
		const result = auditSchema(ctx).safeParse({ ...common, authors: ['sue-richards'] });
		expect(result.error?.issues[0]?.path).toEqual(['organisationsConsulted']);
	});
});

describe('practiceSchema', () => {
	it('needs an organisation, a place and a whole-number year', () => {
		const result = practiceSchema(ctx).safeParse({ ...common, organisation: 'cccv', place: 'Kirklees', year: 2015.5 });
		expect(result.error?.issues[0]?.path).toEqual(['year']);
	});
});

describe('minutesSchema', () => {
	it('needs only the meeting date beyond the common fields', () => {
		const data = minutesSchema(ctx).parse({ ...common, meeting: '2025-03-12' });
		expect(data).toMatchObject({ meetingType: 'board', attendees: [], decisions: [], actions: [], approval: { status: 'draft' } });
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
	const term = { term: 'Co-production', definition: 'Working together as equal partners.' };

	it('needs only the term and its definition', () => {
		expect(glossaryTermSchema(ctx).parse(term)).toEqual(term);
	});

	it('takes other forms, related terms and a page to find out more', () => {
		const data = glossaryTermSchema(ctx).parse({ ...term, aliases: ['co-produced'], seeAlso: ['care-co-op'], furtherReading: { name: 'SCIE', url: 'https://www.scie.org.uk/' } });
		expect(data.seeAlso).toEqual([{ id: 'care-co-op', collection: 'glossary' }]);
		expect(data.aliases).toEqual(['co-produced']);
	});

	it('refuses a definition in Markdown, an empty form and a related term the glossary lacks', () => {
		const result = glossaryTermSchema(ctx).safeParse({ ...term, definition: 'Working *together*.', aliases: [' '], seeAlso: ['coproduction'] });
		expect(result.error?.issues.map((issue) => issue.path)).toEqual([['aliases', 0], ['definition'], ['seeAlso', 0]]);
	});
});
