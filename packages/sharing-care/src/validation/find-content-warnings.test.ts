import { describe, expect, it } from 'vitest';
import { findMissingDraftLine, type CheckedEntry } from './find-content-warnings.ts';

const entry = (written: Record<string, unknown>): CheckedEntry => ({
	file: 'content/blog/our-agm.md',
	written,
	data: { ...written, draft: false },
	body: 'Text.',
});

describe('findMissingDraftLine', () => {
	it('names the file and the draft field of an entry with no draft line, and says how to keep it published', () => {
		expect(findMissingDraftLine(entry({ title: 'Our AGM' }))).toEqual([
			{
				file: 'content/blog/our-agm.md',
				field: 'draft',
				message:
					'This entry has no draft line. It is published, but the web editor would save it as a draft, taking it off the site, the next time someone edits it there. Add  draft: false  to keep it published.',
			},
		]);
	});

	it('finds nothing when the entry says whether it is a draft, either way', () => {
		expect(findMissingDraftLine(entry({ title: 'Our AGM', draft: false }))).toEqual([]);
		expect(findMissingDraftLine(entry({ title: 'Our AGM', draft: true }))).toEqual([]);
	});
});
