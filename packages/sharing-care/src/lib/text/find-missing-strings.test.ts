import { describe, expect, it } from 'vitest';
import { findMissingStrings } from './find-missing-strings.ts';

const english = {
	layout: { skipLink: 'Skip to main content', pageTitle: (page: string, site: string) => `${page} | ${site}` },
	results: { one: '{count} result', other: '{count} results' },
	readers: ['NetNewsWire', 'Feeder'],
};

describe('findMissingStrings', () => {
	it('finds nothing missing in a complete translation', () => {
		const welsh = {
			layout: { skipLink: 'Neidio i’r prif gynnwys', pageTitle: (page: string, site: string) => `${page} | ${site}` },
			results: { zero: '{count} canlyniad', one: '{count} canlyniad', two: '{count} ganlyniad', other: '{count} canlyniad' },
			readers: ['NetNewsWire'],
		};
		expect(findMissingStrings(welsh, english)).toEqual([]);
	});

	it('names each string a translation lacks by its path', () => {
		expect(findMissingStrings({ layout: { pageTitle: english.layout.pageTitle }, readers: [] }, english)).toEqual(['layout.skipLink', 'results']);
	});

	it('names a string given as the wrong kind of value', () => {
		expect(findMissingStrings({ ...english, layout: { skipLink: 'Skip', pageTitle: 'Page' } }, english)).toEqual(['layout.pageTitle']);
	});

	it('needs only the other form of a plural', () => {
		expect(findMissingStrings({ ...english, results: { other: '{count}件' } }, english)).toEqual([]);
		expect(findMissingStrings({ ...english, results: { one: '{count} result' } }, english)).toEqual(['results.other']);
	});
});
