import { describe, expect, it } from 'vitest';
import { formatProblemSummary } from './format-problem-summary.ts';

describe('formatProblemSummary', () => {
	it('lists problems under their files, in the words the terminal shows, then the warnings', () => {
		const summary = formatProblemSummary({
			problems: [
				{ file: 'content/blog/post.md', field: 'topics[1]', line: 5, message: '"coproduction-tips" is not a known topic (from content/topics.yaml).' },
				{ file: 'content/blog/post.md', field: 'title', message: 'This is required but missing. Expected text.' },
				{ file: 'site.config.ts', field: 'url', line: 7, message: 'Write a full address.' },
			],
			warnings: [{ file: 'content/reports/a.md', field: 'lastReviewed', message: 'Due for review.' }],
		});
		expect(summary).toBe(`## The content check

### Found 3 problems in 2 files

\`content/blog/post.md\`

- line 5: topics\\[1\\]: "coproduction-tips" is not a known topic (from content/topics.yaml).
- title: This is required but missing. Expected text.

\`site.config.ts\`

- line 7: url: Write a full address.

Nothing can be published until these are fixed. Fix them, and commit: the check runs again on every commit.

### Found 1 warning in 1 file

\`content/reports/a.md\`

- lastReviewed: Due for review.

Warnings are reminders: they do not stop the site being published.
`);
	});

	it('says all is well when nothing was found', () => {
		expect(formatProblemSummary({ problems: [], warnings: [] })).toBe('## The content check\n\n✓ All content and the site config are valid.\n');
	});

	it('shows Markdown marks in a message as they are written, and keeps each message on its line', () => {
		const summary = formatProblemSummary({
			problems: [{ file: 'content/blog/a.md', line: 10, message: 'Describe it: ![A *group* <of> members](photo.jpg)\nthen save.' }],
			warnings: [],
		});
		expect(summary).toContain('- line 10: Describe it: !\\[A \\*group\\* \\<of\\> members\\](photo.jpg) then save.\n');
	});
});
