import { describe, expect, it } from 'vitest';
import english from '../../i18n/locales/en-GB.ts';
import { foldWord, isFormOf, readSearchWords } from './read-search-words.ts';

const stopWords = new Set(english.search.stopWords.split(' '));
const read = (query: string) => readSearchWords(query, stopWords);

describe('readSearchWords', () => {
	it('asks Pagefind for the words that carry the meaning, and highlights only those', () => {
		expect(read('starting a care co-op')).toEqual({
			term: 'starting care co-op',
			phrases: [],
			together: [0, 2, 3],
			highlight: ['starting', 'care', 'coop'],
			highlightPhrases: [['starting', 'a', 'care', 'coop']],
		});
	});

	it('keeps stop words when they are all there is', () => {
		expect(read('Who we are')).toMatchObject({ term: 'Who we are', highlight: ['who', 'we', 'are'] });
	});

	it('reads phrases in straight or curly quotation marks, stop words and all', () => {
		expect(read('"Power to Change" funding')).toEqual({
			term: 'Power Change funding',
			phrases: ['Power to Change'],
			together: null,
			highlight: ['funding'],
			highlightPhrases: [['power', 'to', 'change']],
		});
		expect(read('“care leavers”').phrases).toEqual(['care leavers']);
		expect(read('"care"')).toMatchObject({ term: 'care', phrases: ['care'], highlight: ['care'], highlightPhrases: [] });
	});

	it('quotes the rest of the words after an opening quotation mark that is not closed yet', () => {
		expect(read('"power to').phrases).toEqual(['power to']);
	});

	it('says where the words stand when several are typed without quotation marks', () => {
		expect(read('Power to Change').together).toEqual([0, 2]);
		expect(read('the co-op').together).toBeNull();
		expect(read('care').together).toBeNull();
		expect(read('"care"').together).toBeNull();
		expect(read('care "workers"').together).toBeNull();
	});

	it('reads nothing from spaces or quotation marks alone', () => {
		expect(read(' "" ')).toEqual({ term: '', phrases: [], together: null, highlight: [], highlightPhrases: [] });
	});
});

describe('foldWord', () => {
	it('compares words without case, accents, possessives or punctuation', () => {
		expect(foldWord('Co-op’s,')).toBe('coop');
		expect(foldWord('Café')).toBe('cafe');
		expect(foldWord('(2022)')).toBe('2022');
	});
});

describe('isFormOf', () => {
	it('takes forms of one word as the word', () => {
		for (const [searched, word] of [
			['care', 'caring'],
			['care', 'cared'],
			['care', 'cares'],
			['change', 'changing'],
			['members', 'member'],
			['community', 'communities'],
			['plan', 'planned'],
			['starting', 'start'],
			['coop', 'coops'],
		]) {
			expect(isFormOf(searched!, word!), `${searched} and ${word}`).toBe(true);
		}
	});

	it('does not take a word that only starts the same way', () => {
		for (const [searched, word] of [
			['care', 'career'],
			['care', 'carers'],
			['care', 'cars'],
			['to', 'totally'],
			['a', 'april'],
			['power', 'powerful'],
			['coop', 'cooperative'],
		]) {
			expect(isFormOf(searched!, word!), `${searched} and ${word}`).toBe(false);
		}
	});
});
