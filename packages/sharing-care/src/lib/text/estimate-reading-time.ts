/**
 * How many words a minute the estimate assumes: 200, a little below the 238 that Brysbaert's 2019 review of
 * reading-rate studies found for adults reading non-fiction silently in English, because these are reports and
 * guidance that readers new to co-ops and care read with care, often on a phone.
 */
export const WORDS_PER_MINUTE = 200;

/**
 * The words a reader reads in Markdown or MDX source: runs of characters between spaces that hold a letter or a digit.
 * Self-contained: the editor's preview runs it in the browser (src/editor/build-preview-script.ts).
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
	// One pass over the characters, counting each run between spaces once it holds a letter or a digit: the same count
	// as splitting the text at spaces and testing every piece, without making the pieces (half a second of a build at
	// 10,000 entries). ASCII is decided by its code; other characters by Unicode's classes.
	const SPACE = /\s/;
	const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
	let words = 0;
	let inRun = false;
	let counted = false;
	for (let at = 0; at < text.length; at++) {
		const code = text.charCodeAt(at);
		const isSpace = code < 128 ? code === 32 || (code >= 9 && code <= 13) : SPACE.test(text.charAt(at));
		if (isSpace) {
			inRun = false;
			continue;
		}
		if (!inRun) {
			inRun = true;
			counted = false;
		}
		if (counted) continue;
		const isLetterOrDigit =
			code < 128
				? (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
				: LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(at)!));
		if (isLetterOrDigit) {
			words++;
			counted = true;
		}
	}
	return words;
}

/**
 * The minutes an entry takes to read, from its Markdown or MDX source: its words at `wordsPerMinute`, rounded
 * to the nearest minute, and never less than one.
 */
export function estimateReadingTime(source: string, wordsPerMinute: number = WORDS_PER_MINUTE): number {
	return Math.max(1, Math.round(countWords(source) / wordsPerMinute));
}
