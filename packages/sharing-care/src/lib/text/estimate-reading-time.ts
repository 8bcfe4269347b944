/**
 * How many words a minute the estimate assumes: 200, a little below the 238 that Brysbaert's 2019 review of
 * reading-rate studies found for adults reading non-fiction silently in English, because these are reports and
 * guidance that readers new to co-ops and care read with care, often on a phone.
 */
export const WORDS_PER_MINUTE = 200;

/**
 * The words a reader reads in Markdown or MDX source: runs of characters between spaces that hold a letter or a digit.
 * Self-contained: the editor's preview runs it in the browser (src/editor/preview-script.ts).
 */
export function countWords(source: string): number {
	/** What a reader does not read as words: MDX imports and exports, tags, `{expressions}`, pictures and link addresses. */
	const NOT_READ: readonly [RegExp, string][] = [
		[/^(?:import|export)\s.*$/gm, ' '],
		[/<!--[\s\S]*?-->/g, ' '],
		[/<\/?[A-Za-z][^>]*>/g, ' '],
		[/\{[^{}]*\}/g, ' '],
		[/!\[[^\]]*\]\([^)]*\)/g, ' '],
		[/\]\([^)]*\)/g, ']'],
		[/^\s*\[[^\]]+\]:\s+\S.*$/gm, ' '],
	];
	const text = NOT_READ.reduce((rest, [pattern, replacement]) => rest.replace(pattern, replacement), source);
	return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/**
 * The minutes an entry takes to read, from its Markdown or MDX source: its words at `wordsPerMinute`, rounded
 * to the nearest minute, and never less than one.
 */
export function estimateReadingTime(source: string, wordsPerMinute: number = WORDS_PER_MINUTE): number {
	return Math.max(1, Math.round(countWords(source) / wordsPerMinute));
}
