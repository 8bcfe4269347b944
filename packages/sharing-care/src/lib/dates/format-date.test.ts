import { describe, expect, it } from 'vitest';
import { dateTimeOptions, formatDate, toDatetimeAttribute } from './format-date.ts';

const display = { locale: 'en-GB', format: { day: 'numeric', month: 'long', year: 'numeric' } as const };
const date = new Date('2021-10-01T00:00:00Z');

describe('formatDate', () => {
	it('shows a day in the configured locale', () => {
		expect(formatDate(new Date('2022-06-30T00:00:00Z'), display)).toBe('30 June 2022');
	});

	it('shows only the month and year when only the month is known', () => {
		expect(formatDate(date, { ...display, precision: 'month' })).toBe('October 2021');
	});

	it('shows only the year when only the year is known', () => {
		expect(formatDate(new Date('2023-01-01T00:00:00Z'), { ...display, precision: 'year' })).toBe('2023');
	});

	it('uses UTC, so midnight dates never slip to the day before', () => {
		expect(formatDate(new Date('2020-07-09T00:00:00Z'), { ...display, locale: 'en-US' })).toBe('July 9, 2020');
	});
});

describe('dateTimeOptions', () => {
	it('keeps the site’s format for a day, and only its month and year or its year for less, always in UTC', () => {
		expect(dateTimeOptions(display.format, 'day')).toEqual({ ...display.format, timeZone: 'UTC' });
		expect(dateTimeOptions({ day: '2-digit', month: 'short', year: '2-digit' }, 'month')).toEqual({ month: 'short', year: '2-digit', timeZone: 'UTC' });
		expect(dateTimeOptions(display.format, 'year')).toEqual({ year: 'numeric', timeZone: 'UTC' });
	});
});

describe('toDatetimeAttribute', () => {
	it('writes as much of the date as is known', () => {
		expect(toDatetimeAttribute(date)).toBe('2021-10-01');
		expect(toDatetimeAttribute(date, 'month')).toBe('2021-10');
		expect(toDatetimeAttribute(date, 'year')).toBe('2021');
	});
});

describe('formatDate, asked again', () => {
	it('gives the same text for the same date each time, and a different one for another date', () => {
		const first = formatDate(new Date('2019-03-05T00:00:00Z'), display);
		expect(formatDate(new Date('2019-03-05T00:00:00Z'), display)).toBe(first);
		expect(formatDate(new Date('2019-03-06T00:00:00Z'), display)).toBe('6 March 2019');
		expect(formatDate(new Date('2019-03-05T00:00:00Z'), { ...display, precision: 'month' })).toBe('March 2019');
	});
});
