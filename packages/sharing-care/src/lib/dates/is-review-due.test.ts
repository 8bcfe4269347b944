import { describe, expect, it } from 'vitest';
import { isReviewDue } from './is-review-due.ts';

const day = (text: string) => new Date(`${text}T00:00:00Z`);

describe('isReviewDue', () => {
	it('is not due the day before the years have passed', () => {
		expect(isReviewDue(day('2023-03-03'), day('2025-03-02'), 2)).toBe(false);
	});

	it('is due on the day the years have passed, and after', () => {
		expect(isReviewDue(day('2023-03-03'), day('2025-03-03'), 2)).toBe(true);
		expect(isReviewDue(day('2015-01-01'), day('2026-11-30'), 2)).toBe(true);
	});

	it('counts the time of day on the day of checking as that day', () => {
		expect(isReviewDue(day('2023-03-03'), new Date('2025-03-02T23:59:00Z'), 2)).toBe(false);
	});

	it('makes a review on 29 February due on 1 March', () => {
		expect(isReviewDue(day('2024-02-29'), day('2026-02-28'), 2)).toBe(false);
		expect(isReviewDue(day('2024-02-29'), day('2026-03-01'), 2)).toBe(true);
	});
});
