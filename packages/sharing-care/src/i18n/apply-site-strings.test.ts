import { describe, expect, it } from 'vitest';
import { applySiteStrings } from './apply-site-strings.ts';
import strings from './locales/en-GB.ts';

/** Numbers as a test locale would write them, to see they are written the site's way. */
const writeNumber = (value: number) => `#${value}`;

describe('applySiteStrings', () => {
	it('puts the site’s words in place of the table’s, key by key, leaving every other text and the table as they were', () => {
		const t = applySiteStrings(strings, [{ kind: 'text', path: ['home', 'startHere'], value: 'Where to begin' }], writeNumber);
		expect(t.home.startHere).toBe('Where to begin');
		expect(t.home.byType).toBe(strings.home.byType);
		expect(t.topics).toBe(strings.topics);
		expect(strings.home.startHere).toBe('Start here');
	});

	it('fills a site’s sentence for text that takes values with them, by name, numbers written the site’s way', () => {
		const t = applySiteStrings(
			strings,
			[
				{ kind: 'function', path: ['topics', 'count'], value: '{count} pieces of writing', parameters: ['count'] },
				{ kind: 'function', path: ['facts', 'period'], value: 'from {start} until {end}', parameters: ['start', 'end'] },
			],
			writeNumber,
		);
		expect(t.topics.count(3)).toBe('#3 pieces of writing');
		expect(t.facts.period('April', 'June')).toBe('from April until June');
	});

	it('leaves a mark that is not one of the values for the page to fill', () => {
		const t = applySiteStrings(
			strings,
			[{ kind: 'function', path: ['series', 'partOf'], value: '{series}, part {position} of {total}', parameters: ['position', 'total'] }],
			writeNumber,
		);
		expect(t.series.partOf(2, 5)).toBe('{series}, part #2 of #5');
	});

	it('replaces a list whole, and gives a collection names the table leaves empty', () => {
		const t = applySiteStrings(
			strings,
			[
				{ kind: 'list', path: ['subscribe', 'how'], value: ['Pick a reader.'] },
				{ kind: 'text', path: ['collections', 'blog', 'plural'], value: 'News' },
			],
			writeNumber,
		);
		expect(t.subscribe.how).toEqual(['Pick a reader.']);
		expect(t.collections.blog).toEqual({ plural: 'News' });
		expect(strings.collections).toEqual({});
	});
});
