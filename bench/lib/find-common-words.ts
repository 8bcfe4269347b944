/**
 * Words a visitor might type that are found on the most pages of a search index: the words whose first search
 * costs most, as Pagefind keeps a word's whole page list in one chunk. Function words ("the", "and") are left out:
 * nobody searches a care co-op's site for them.
 */
import english from '../../packages/sharing-care/src/i18n/locales/en-GB.ts';
import { readStopWords } from '../../packages/sharing-care/src/lib/text/find-unsupported-words.ts';

/**
 * Words left out of the count: the stop words that search and the key-point check leave out (the strings table's
 * `search.stopWords`, in English as the generated entries are), with more that carry no subject of their own.
 */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
	...readStopWords(english.search.stopWords),
	...'above after again against before below between doing down during few further herself himself itself myself now once one ourselves per themselves three through two via yes yourself yourselves'.split(
		' ',
	),
]);

/** A page's text split into lower-case words, as a visitor would type them (hyphenated words kept whole). */
export function splitWords(text: string): string[] {
	return text.toLowerCase().match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu) ?? [];
}

/**
 * The `count` words found on the most pages, with how many pages each is on, most first (ties in alphabetical
 * order). Function words and numbers are left out.
 */
export function findCommonWords(pages: readonly string[], count: number): { word: string; pages: number }[] {
	const found = new Map<string, number>();
	for (const text of pages) {
		for (const word of new Set(splitWords(text))) {
			if (FUNCTION_WORDS.has(word) || /^\d/.test(word) || word.length < 3) continue;
			found.set(word, (found.get(word) ?? 0) + 1);
		}
	}
	return [...found]
		.map(([word, pages]) => ({ word, pages }))
		.sort((a, b) => b.pages - a.pages || a.word.localeCompare(b.word, 'en'))
		.slice(0, count);
}
