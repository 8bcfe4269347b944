import { describe, expect, it } from 'vitest';
import english from '../../i18n/locales/en-GB.ts';
import { describeResults, type ResultsSummary, type ResultsWording } from './describe-results.ts';

const base: ResultsSummary = { searched: true, total: 3, shown: 3, query: 'care', filterCount: 0, newestFirst: false };
const say = (summary: ResultsSummary) => describeResults(summary, english.search.results, 'en-GB');

describe('describeResults', () => {
	it('invites a search before there is one', () => {
		expect(say({ ...base, searched: false })).toBe('Type words to search for, or choose a filter to browse.');
	});

	it('says how many results there are for the words', () => {
		expect(say(base)).toBe('3 results for “care”.');
		expect(say({ ...base, total: 1, shown: 1 })).toBe('1 result for “care”.');
	});

	it('says how many are shown when there are more', () => {
		expect(say({ ...base, total: 1234, shown: 10 })).toBe('Showing 10 of 1,234 results for “care”.');
	});

	it('mentions the filters and the order', () => {
		expect(say({ ...base, filterCount: 2, newestFirst: true })).toBe('3 results for “care”, with 2 filters, newest first.');
		expect(say({ ...base, filterCount: 1 })).toBe('3 results for “care”, with 1 filter.');
	});

	it('describes browsing by filter without words', () => {
		expect(say({ ...base, query: '', filterCount: 1, newestFirst: true })).toBe('3 results, with 1 filter.');
	});

	it('suggests what to change when nothing is found', () => {
		expect(say({ ...base, total: 0, shown: 0 })).toBe('No results for “care”. Try other or fewer words, or browse by topic.');
		expect(say({ ...base, total: 0, shown: 0, filterCount: 1 })).toBe('No results for “care”, with 1 filter. Try removing a filter, or browse by topic.');
	});

	it('speaks the language of the wording it is given, with numbers written the locale’s way', () => {
		const german: ResultsWording = {
			prompt: 'Suchbegriffe eingeben.',
			results: { one: '{count} Treffer', other: '{count} Treffer' },
			showing: '{shown} von {results}',
			query: ' für „{query}“',
			filters: { one: ' mit {count} Filter', other: ' mit {count} Filtern' },
			newestFirst: ', neueste zuerst',
			found: '{results}{query}{filters}{order}.',
			none: 'Keine Treffer{query}{filters}. {hint}.',
			removeFilter: 'Filter entfernen',
			changeWords: 'Andere Wörter versuchen',
		};
		expect(describeResults({ ...base, total: 1234, shown: 10, filterCount: 2 }, german, 'de-DE')).toBe('10 von 1.234 Treffer für „care“ mit 2 Filtern.');
	});
});
