import { describe, expect, it } from 'vitest';
import { hasExactDay } from './has-exact-day.ts';

describe('hasExactDay', () => {
	it('takes a date known to the day, as every date is unless the entry says otherwise', () => {
		expect(hasExactDay({})).toBe(true);
		expect(hasExactDay({ datePrecision: 'day', dateApproximate: false, undatedSource: false })).toBe(true);
	});

	it('does not take a date known only to the month or the year', () => {
		expect(hasExactDay({ datePrecision: 'month' })).toBe(false);
		expect(hasExactDay({ datePrecision: 'year' })).toBe(false);
	});

	it('does not take a day that is an estimate, or the editor’s estimate for an undated source', () => {
		expect(hasExactDay({ datePrecision: 'day', dateApproximate: true })).toBe(false);
		expect(hasExactDay({ datePrecision: 'day', undatedSource: true })).toBe(false);
	});
});
