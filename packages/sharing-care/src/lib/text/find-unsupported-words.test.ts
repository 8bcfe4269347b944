import { describe, expect, it } from 'vitest';
import { findUnsupportedWords as findWithStopWords, readSourceWords, readStopWords } from './find-unsupported-words.ts';

/** Stop words as a strings table lists them (English's are in src/i18n/locales/en-GB.ts, `search.stopWords`). */
const STOP_WORDS = readStopWords(' it  was for them And they would have been there the to at up as of ');

/** The unsupported words of a claim, with STOP_WORDS. */
const findUnsupportedWords = (claim: string, source: Parameters<typeof findWithStopWords>[1]) => findWithStopWords(claim, source, STOP_WORDS);

const SOURCE =
	'The event at Watershed, in Slaithwaite, on 14th May saw 38 people join us. We have set up a system where staff will now meet the board members as part of their induction. The leaving care grant has been increased to £3,000. Co-operative Care Colne Valley’s members are invited.';

describe('findUnsupportedWords', () => {
	it('finds nothing when every content word of the claim is in the source', () => {
		expect(findUnsupportedWords('Staff now meet board members as part of their induction.', SOURCE)).toEqual([]);
	});

	it('lists the content words the source never uses, once each, in order', () => {
		expect(findUnsupportedWords('Staff and volunteers meet volunteers weekly at induction.', SOURCE)).toEqual(['volunteers', 'weekly']);
	});

	it('leaves out stop words, which carry no claim of their own, as the list it is given has them', () => {
		expect(findUnsupportedWords('It was for them, and they would have been there.', SOURCE)).toEqual([]);
		expect(STOP_WORDS.has('and')).toBe(true);
		expect(STOP_WORDS.has('staff')).toBe(false);
		// In another language's list, the same words are content words ("have" and "been" are in the source).
		const words = findWithStopWords('It was for them, and they would have been there.', SOURCE, readStopWords('mae a yn'));
		expect(words).toEqual(['it', 'was', 'for', 'them', 'and', 'they', 'would', 'there']);
	});

	it('matches other forms of a word: plurals, tenses and -ly', () => {
		expect(findUnsupportedWords('The event joined people; staff meeting; members inviting.', SOURCE)).toEqual([]);
		expect(findUnsupportedWords('The grant increases.', SOURCE)).toEqual([]);
	});

	it('checks numbers and figures exactly, whatever currency sign is before them', () => {
		expect(findUnsupportedWords('38 people came to Watershed.', SOURCE)).toEqual(['came']);
		expect(findUnsupportedWords('The grant went up to £3,000 for 39 people.', SOURCE)).toEqual(['went', '39']);
	});

	it('ignores case, typographic apostrophes and possessives', () => {
		expect(findUnsupportedWords("CO-OPERATIVE CARE COLNE VALLEY's members", SOURCE)).toEqual([]);
	});

	it('accepts a hyphenated word whose parts the source uses, and names it when it does not', () => {
		expect(findUnsupportedWords('A board-led event.', SOURCE)).toEqual(['board-led']);
		expect(findUnsupportedWords('A member-staff event.', SOURCE)).toEqual([]);
	});

	it('reads Markdown and punctuation in the source as word breaks', () => {
		expect(findUnsupportedWords('Slaithwaite event', '**Slaithwaite** [event](https://example.org/)')).toEqual([]);
	});

	it('gives the same answers from words read once as from the text', () => {
		const words = readSourceWords(SOURCE);
		for (const claim of ['Staff now meet board members.', 'Staff and volunteers meet volunteers weekly.', 'A board-led event.', '38 people came.']) {
			expect(findUnsupportedWords(claim, words)).toEqual(findUnsupportedWords(claim, SOURCE));
		}
		expect(findUnsupportedWords('Volunteers came weekly.', words)).toEqual(['volunteers', 'came', 'weekly']);
	});
});
