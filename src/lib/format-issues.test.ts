import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
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

describe('formatIssues', () => {
	it('names the file, then each field with its problem', () => {
		const data = { title: 'x', draft: false, kind: 'board', items: [{}] };
		expect(formatIssues('content/minutes/march.md', issuesFor(data), data)).toMatchInlineSnapshot(`
			"content/minutes/march.md
			  - items[0].due: This is required but missing. Expected text."
		`);
	});
});
