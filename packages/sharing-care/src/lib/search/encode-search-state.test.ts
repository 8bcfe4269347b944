import { describe, expect, it } from 'vitest';
import { cleanQuery, countChosenFilters, decodeSearchState, defaultSort, encodeSearchState, MAX_QUERY_LENGTH } from './encode-search-state.ts';

const known = {
	type: ['reports', 'practice', 'blog'],
	topic: ['care-leavers', 'partnerships', 'recruitment-and-retention'],
	year: ['2022', '2015'],
};

describe('decodeSearchState', () => {
	it('reads the words, the chosen filters and the order from a shared link', () => {
		expect(decodeSearchState('?q=care+leavers&type=practice&topic=partnerships&sort=newest', known)).toEqual({
			query: 'care leavers',
			filters: { type: ['practice'], topic: ['partnerships'] },
			sort: 'newest',
		});
	});

	it('keeps several values of one facet, in the order the facet lists them', () => {
		const state = decodeSearchState('?topic=recruitment-and-retention&topic=care-leavers', known);
		expect(state.filters).toEqual({ topic: ['care-leavers', 'recruitment-and-retention'] });
	});

	it('drops facets and values the site does not have', () => {
		const state = decodeSearchState('?q=x&type=podcast&colour=blue&year=2015&year=1999', known);
		expect(state.filters).toEqual({ year: ['2015'] });
	});

	it('sorts by relevance when there are words and no order is given', () => {
		expect(decodeSearchState('?q=Slaithwaite', known).sort).toBe('relevance');
	});

	it('sorts newest first when browsing without words, whatever the link says', () => {
		expect(decodeSearchState('?type=practice&sort=relevance', known).sort).toBe('newest');
	});

	it('ignores an unknown order', () => {
		expect(decodeSearchState('?q=care&sort=shuffle', known).sort).toBe('relevance');
	});

	it('gives an empty search for an empty query string', () => {
		expect(decodeSearchState('', known)).toEqual({ query: '', filters: {}, sort: 'newest' });
	});

	it('accepts URLSearchParams as well as a string', () => {
		expect(decodeSearchState(new URLSearchParams({ q: 'care' }), known).query).toBe('care');
	});
});

describe('encodeSearchState', () => {
	it('writes the words first and then each chosen value, as the form would submit them', () => {
		expect(encodeSearchState({ query: 'new belongings', filters: { type: ['practice'], topic: ['care-leavers', 'partnerships'] }, sort: 'relevance' })).toBe(
			'?q=new+belongings&type=practice&topic=care-leavers&topic=partnerships',
		);
	});

	it('leaves out the default order and keeps a chosen one', () => {
		expect(encodeSearchState({ query: 'care', filters: {}, sort: 'relevance' })).toBe('?q=care');
		expect(encodeSearchState({ query: 'care', filters: {}, sort: 'newest' })).toBe('?q=care&sort=newest');
		expect(encodeSearchState({ query: '', filters: { type: ['blog'] }, sort: 'newest' })).toBe('?type=blog');
	});

	it('gives an empty string for an empty search', () => {
		expect(encodeSearchState({ query: '  ', filters: { topic: [] }, sort: 'newest' })).toBe('');
	});

	it('escapes characters that mean something in a URL', () => {
		const encoded = encodeSearchState({ query: 'care & support #1', filters: {}, sort: 'relevance' });
		expect(encoded).toBe('?q=care+%26+support+%231');
		expect(decodeSearchState(encoded, known).query).toBe('care & support #1');
	});

	it('round-trips through decodeSearchState', () => {
		const state = { query: 'recruitment', filters: { type: ['reports', 'practice'], year: ['2022'] }, sort: 'newest' as const };
		expect(decodeSearchState(encodeSearchState(state), known)).toEqual(state);
	});
});

describe('cleanQuery', () => {
	it('trims and folds spaces', () => {
		expect(cleanQuery('  care \n  leavers ')).toBe('care leavers');
	});

	it('caps the length', () => {
		expect(cleanQuery('word '.repeat(100)).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
	});
});

describe('defaultSort', () => {
	it('is relevance with words and newest without', () => {
		expect(defaultSort('care')).toBe('relevance');
		expect(defaultSort('')).toBe('newest');
	});
});

describe('countChosenFilters', () => {
	it('counts the chosen values across facets', () => {
		expect(countChosenFilters({ query: '', filters: { type: ['blog', 'reports'], year: ['2022'] }, sort: 'newest' })).toBe(3);
		expect(countChosenFilters({ query: 'x', filters: {}, sort: 'relevance' })).toBe(0);
	});
});
