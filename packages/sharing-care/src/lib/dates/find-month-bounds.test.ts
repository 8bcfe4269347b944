import { describe, expect, it } from 'vitest';
import { findMonthBounds } from './find-month-bounds.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (date: Date) => date.toISOString().slice(0, 10);

describe('findMonthBounds', () => {
	it('finds the first and last days of the month a date falls in', () => {
		const { first, last } = findMonthBounds(day('2022-06-15'));
		expect([iso(first), iso(last)]).toEqual(['2022-06-01', '2022-06-30']);
	});

	it('knows the length of February in leap and common years', () => {
		expect(iso(findMonthBounds(day('2024-02-10')).last)).toBe('2024-02-29');
		expect(iso(findMonthBounds(day('2023-02-10')).last)).toBe('2023-02-28');
	});

	it('ends December on the 31st of the same year', () => {
		const { first, last } = findMonthBounds(day('2021-12-01'));
		expect([iso(first), iso(last)]).toEqual(['2021-12-01', '2021-12-31']);
	});
});
