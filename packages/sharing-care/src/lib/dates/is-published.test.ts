import { describe, expect, it } from 'vitest';
import { isPublished, unpublishedReason } from './is-published.ts';

const now = new Date('2025-03-12T09:30:00Z');
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('isPublished', () => {
	it('publishes an entry dated in the past', () => {
		expect(isPublished({ draft: false, date: day('2024-01-01') }, { now })).toBe(true);
	});

	it('publishes an entry dated today, whatever the hour of the build', () => {
		expect(isPublished({ draft: false, date: day('2025-03-12') }, { now })).toBe(true);
	});

	it('keeps back an entry dated tomorrow', () => {
		expect(isPublished({ draft: false, date: day('2025-03-13') }, { now })).toBe(false);
	});

	it('keeps back a draft, even one dated in the past', () => {
		expect(isPublished({ draft: true, date: day('2020-01-01') }, { now })).toBe(false);
	});

	it('shows everything when asked to include unpublished entries (the dev server)', () => {
		expect(isPublished({ draft: true, date: day('2999-01-01') }, { now, includeUnpublished: true })).toBe(true);
	});
});

describe('unpublishedReason', () => {
	it('says draft, scheduled or nothing', () => {
		expect(unpublishedReason({ draft: true, date: day('2020-01-01') }, now)).toBe('draft');
		expect(unpublishedReason({ draft: false, date: day('2999-01-01') }, now)).toBe('scheduled');
		expect(unpublishedReason({ draft: false, date: day('2020-01-01') }, now)).toBeUndefined();
	});
});
