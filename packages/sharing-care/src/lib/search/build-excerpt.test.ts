import { describe, expect, it } from 'vitest';
import english from '../../i18n/locales/en-GB.ts';
import { buildExcerpt, findSearchedWords, type Excerpt } from './build-excerpt.ts';
import { readSearchWords } from './read-search-words.ts';

const stopWords = new Set(english.search.stopWords.split(' '));
const excerpt = (text: string, query: string, length = 30) => buildExcerpt(text, readSearchWords(query, stopWords), length);
/** An excerpt written out, with its highlights in [ ] and cuts as …. */
const show = (found: Excerpt | null) =>
	found && `${found.cutBefore ? '…' : ''}${found.parts.map((part) => (part.marked ? `[${part.text}]` : part.text)).join('')}${found.cutAfter ? '…' : ''}`;

const report =
	'Final learning project report, April to June 2022. Two events for members and supporters went well: 38 people joined the event at Watershed in Slaithwaite. We are starting a small care co-op.';

describe('buildExcerpt', () => {
	it('highlights the words searched for, not stop words or words that merely start the same', () => {
		expect(show(excerpt(report, 'starting a care co-op', 60))).toBe(
			'Final learning project report, April to June 2022. Two events for members and supporters went well: 38 people joined the event at Watershed in Slaithwaite. We are [starting] a small [care co-op].',
		);
	});

	it('highlights a quoted phrase whole, stop words included, where it stands together', () => {
		const text = 'The support from Power to Change, with the flexibility of a truly progressive funder. Power and change.';
		expect(show(excerpt(text, '"Power to Change"'))).toBe(
			'The support from [Power to Change], with the flexibility of a truly progressive funder. Power and change.',
		);
		expect(show(excerpt('Millbrook Care Co-operative (Millbrook).', 'Millbrook Care Co-operative', 8))).toBe('[Millbrook Care Co-operative] ([Millbrook]).');
	});

	it('highlights words typed without quotation marks as one where they stand together', () => {
		const text = `${'Filler words here. '.repeat(10)}Policy changes and changes to care. ${'Filler words here. '.repeat(10)}Support from Power to Change.`;
		expect(show(excerpt(text, 'Power to Change', 8))).toBe('…Filler words here. Support from [Power to Change].');
	});

	it('shows the part of the text with the most searched-for words, and says where it is cut', () => {
		const text = `${'Filler words here. '.repeat(20)}Care workers and care leavers. ${'More filler text. '.repeat(20)}`;
		expect(show(excerpt(text, 'care', 8))).toBe('…words here. [Care] workers and [care] leavers. More…');
	});

	it('finds nothing to show for a word still being typed', () => {
		expect(excerpt(report, 'slaith')).toBeNull();
	});
});

describe('findSearchedWords', () => {
	it('gives the positions of the words to highlight', () => {
		expect([...findSearchedWords(['Caring', 'for', 'careers', 'and', 'cares'], readSearchWords('care', stopWords))]).toEqual([
			[0, 1],
			[4, 1],
		]);
		expect([...findSearchedWords(['changes', 'from', 'Power', 'to', 'Change.'], readSearchWords('power to change', stopWords))].sort()).toEqual([
			[0, 1],
			[2, 2],
			[3, 2],
			[4, 2],
		]);
	});
});
