import { describe, expect, it } from 'vitest';
import { findCommonWords, splitWords } from './find-common-words.ts';

describe('splitWords', () => {
	it('keeps hyphenated words whole and lower-cases them', () => {
		expect(splitWords('Co-production in Social Care, 2020.')).toEqual(['co-production', 'in', 'social', 'care', '2020']);
	});
});

describe('findCommonWords', () => {
	it('counts each word once per page and ranks words by the pages they are on, leaving out function words and numbers', () => {
		const pages = ['Care and care at home in 2020', 'Home care for people', 'People at home', 'The community'];
		expect(findCommonWords(pages, 3)).toEqual([
			{ word: 'home', pages: 3 },
			{ word: 'care', pages: 2 },
			{ word: 'people', pages: 2 },
		]);
	});
});
