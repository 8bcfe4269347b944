import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from './parse-calendar-date.ts';

describe('parseCalendarDate', () => {
	it('reads a YYYY-MM-DD date as midnight UTC', () => {
		expect(parseCalendarDate('2022-06-30')?.toISOString()).toBe('2022-06-30T00:00:00.000Z');
	});

	it('refuses a day that does not exist', () => {
		expect(parseCalendarDate('2024-02-30')).toBeUndefined();
		expect(parseCalendarDate('2023-02-29')).toBeUndefined();
		expect(parseCalendarDate('2024-13-01')).toBeUndefined();
	});

	it('accepts 29 February in a leap year', () => {
		expect(parseCalendarDate('2024-02-29')?.getUTCDate()).toBe(29);
	});

	it('refuses other date formats', () => {
		expect(parseCalendarDate('30/06/2022')).toBeUndefined();
		expect(parseCalendarDate('June 2022')).toBeUndefined();
	});

	it('passes a valid Date through and refuses an invalid one', () => {
		const date = new Date(Date.UTC(2020, 6, 9));
		expect(parseCalendarDate(date)).toBe(date);
		expect(parseCalendarDate(new Date('nonsense'))).toBeUndefined();
	});
});
