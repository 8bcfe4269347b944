import { describe, expect, it } from 'vitest';
import { findLastUpdate } from './find-last-update.ts';

const day = (text: string) => new Date(`${text}T00:00:00Z`);

describe('findLastUpdate', () => {
	it('is undefined for an entry with no updated date and no changes', () => {
		expect(findLastUpdate({})).toBeUndefined();
		expect(findLastUpdate({ changes: [] })).toBeUndefined();
	});

	it('takes the updated date when there are no changes', () => {
		expect(findLastUpdate({ updated: day('2025-03-14') })).toEqual(day('2025-03-14'));
	});

	it('takes the latest change, in whatever order the changes are listed', () => {
		expect(findLastUpdate({ changes: [{ date: day('2025-02-14') }, { date: day('2025-09-01') }, { date: day('2024-05-02') }] })).toEqual(day('2025-09-01'));
	});

	it('takes the later of the updated date and the latest change', () => {
		expect(findLastUpdate({ updated: day('2025-10-01'), changes: [{ date: day('2025-09-01') }] })).toEqual(day('2025-10-01'));
		expect(findLastUpdate({ updated: day('2025-08-01'), changes: [{ date: day('2025-09-01') }] })).toEqual(day('2025-09-01'));
	});
});
