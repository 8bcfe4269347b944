import { describe, expect, it } from 'vitest';
import { describeResults, type ResultsSummary } from './describe-results.ts';

const base: ResultsSummary = { searched: true, total: 3, shown: 3, query: 'care', filterCount: 0, newestFirst: false };

describe('describeResults', () => {
	it('invites a search before there is one', () => {
		expect(describeResults({ ...base, searched: false })).toBe('Type words to search for, or choose a filter to browse.');
	});

	it('says how many results there are for the words', () => {
		expect(describeResults(base)).toBe('3 results for “care”.');
		expect(describeResults({ ...base, total: 1, shown: 1 })).toBe('1 result for “care”.');
	});

	it('says how many are shown when there are more', () => {
		expect(describeResults({ ...base, total: 1234, shown: 10 })).toBe('Showing 10 of 1,234 results for “care”.');
	});

	it('mentions the filters and the order', () => {
		expect(describeResults({ ...base, filterCount: 2, newestFirst: true })).toBe('3 results for “care”, with 2 filters, newest first.');
		expect(describeResults({ ...base, filterCount: 1 })).toBe('3 results for “care”, with 1 filter.');
	});

	it('describes browsing by filter without words', () => {
		expect(describeResults({ ...base, query: '', filterCount: 1, newestFirst: true })).toBe('3 results, with 1 filter.');
	});

	it('suggests what to change when nothing is found', () => {
		expect(describeResults({ ...base, total: 0, shown: 0 })).toBe('No results for “care”. Try other or fewer words, or browse by topic.');
		expect(describeResults({ ...base, total: 0, shown: 0, filterCount: 1 })).toBe('No results for “care”, with 1 filter. Try removing a filter, or browse by topic.');
	});
});
