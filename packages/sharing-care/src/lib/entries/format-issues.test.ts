import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { dateField } from '../../schemas/fields.ts';
import { explainIssue, formatFieldPath, formatIssues } from './format-issues.ts';

const schema = z.strictObject({ title: z.string(), draft: z.boolean(), kind: z.enum(['board', 'agm']), items: z.array(z.strictObject({ due: z.string() })) });

function issuesFor(data: unknown) {
	const result = schema.safeParse(data);
	if (result.success) throw new Error('expected a failure');
	return result.error.issues;
}

describe('formatFieldPath', () => {
	it('writes paths as a person reads YAML', () => {
		expect(formatFieldPath(['decisions', 2, 'topics', 0])).toBe('decisions[2].topics[0]');
		expect(formatFieldPath([])).toBe('');
	});
});

describe('explainIssue', () => {
	it('says when a required field is missing', () => {
		const data = { draft: false, kind: 'board', items: [] };
		expect(explainIssue(issuesFor(data)[0]!, data)).toBe('This is required but missing. Expected text.');
	});

	it('says what was found when the type is wrong', () => {
		const data = { title: 'x', draft: 'perhaps', kind: 'board', items: [] };
		expect(explainIssue(issuesFor(data)[0]!, data)).toBe('Found "perhaps", but expected true or false.');
	});

	it('lists the allowed values for a choice', () => {
		const data = { title: 'x', draft: false, kind: 'party', items: [] };
		expect(explainIssue(issuesFor(data)[0]!, data)).toBe('Found "party", but expected one of "board", "agm".');
	});

	it('names unknown fields so a typo is easy to spot', () => {
		const data = { title: 'x', draft: false, kind: 'board', items: [], titel: 'y' };
		expect(explainIssue(issuesFor(data)[0]!, data)).toContain('Unknown field "titel"');
	});
});

describe('explainIssue for a union', () => {
	const unions = z.strictObject({
		date: dateField,
		size: z.union([z.number(), z.boolean()]).optional(),
		kind: z.union([z.literal('board'), z.literal('agm'), z.number()]).optional(),
		place: z.union([z.string(), z.strictObject({ name: z.string(), room: z.number() })]).optional(),
		meeting: z
			.discriminatedUnion('type', [z.strictObject({ type: z.literal('board') }), z.strictObject({ type: z.literal('agm'), year: z.number() })])
			.optional(),
	});

	function explain(data: Record<string, unknown>): string {
		const result = unions.safeParse(data);
		if (result.success) throw new Error('expected a failure');
		return formatIssues('content/minutes/march.md', result.error.issues, data);
	}

	it('reads the date field (text or a YAML date) as one date', () => {
		expect(explain({ date: 20240105 })).toMatchInlineSnapshot(`
			"content/minutes/march.md
			  - date: Found 20240105, but expected a date (YYYY-MM-DD)."
		`);
		expect(explain({})).toMatchInlineSnapshot(`
			"content/minutes/march.md
			  - date: This is required but missing. Expected a date (YYYY-MM-DD)."
		`);
	});

	it('names what each alternative of any other union accepts', () => {
		expect(explain({ date: '2024-01-05', size: 'big', kind: 'party' })).toMatchInlineSnapshot(`
			"content/minutes/march.md
			  - size: Found "big", but expected a number or true or false.
			  - kind: Found "party", but expected a number or one of "board", "agm"."
		`);
	});

	it('explains a set of fields by the alternative it comes closest to', () => {
		expect(explain({ date: '2024-01-05', place: { name: 'Hall', room: 'B' } })).toMatchInlineSnapshot(`
			"content/minutes/march.md
			  - place: This matches none of the forms allowed here. Nearest: room: Found "B", but expected a number."
		`);
	});

	it('gives a union’s own words for a missing value, when it has them', () => {
		const basis = z.strictObject({
			basis: z.union([z.literal('own'), z.strictObject({ url: z.string() })], {
				error: (issue) => (issue.input === undefined ? 'Say what it is based on.' : undefined),
			}),
		});
		const explainBasis = (data: Record<string, unknown>) => formatIssues('content/glossary.yaml', basis.safeParse(data).error!.issues, data);
		expect(explainBasis({})).toBe('content/glossary.yaml\n  - basis: Say what it is based on.');
		expect(explainBasis({ basis: 'mine' })).toBe('content/glossary.yaml\n  - basis: Found "mine", but expected a set of fields or "own".');
	});

	it('lists the values a discriminated union tells its alternatives apart by', () => {
		expect(explain({ date: '2024-01-05', meeting: { type: 'party' } })).toMatchInlineSnapshot(`
			"content/minutes/march.md
			  - meeting.type: Found "party", but expected one of "board", "agm"."
		`);
	});
});

describe('formatIssues', () => {
	it('names the file, then each field with its problem', () => {
		const data = { title: 'x', draft: false, kind: 'board', items: [{}] };
		expect(formatIssues('content/minutes/march.md', issuesFor(data), data)).toMatchInlineSnapshot(`
			"content/minutes/march.md
			  - items[0].due: This is required but missing. Expected text."
		`);
	});
});
