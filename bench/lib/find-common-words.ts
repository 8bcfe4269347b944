/**
 * Words a visitor might type that are found on the most pages of a search index: the words whose first search
 * costs most, as Pagefind keeps a word's whole page list in one chunk. Function words ("the", "and") are left out:
 * nobody searches a care co-op's site for them.
 */

/** English function words, left out of the count. */
const FUNCTION_WORDS = new Set(
	(
		'a about above after again against all also am an and any are as at be because been before being below between both but by can could did do does doing down during each few for from further had has have having he her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other our ours ourselves out over own same she should so some such than that the their theirs them themselves then there these they this those through to too under until up very was we were what when where which while who whom why will with would you your yours yourself yourselves ' +
		'may might must shall us one two three many much every per via yes'
	).split(' '),
);

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
