/**
 * A list of stop words as a strings table writes it (`search.stopWords`: lower case, separated by spaces) as the set
 * `findUnsupportedWords` leaves out: words that carry no claim of their own, which a key point may use whether or not
 * its entry does.
 */
export function readStopWords(list: string): ReadonlySet<string> {
	return new Set(list.toLowerCase().split(/\s+/).filter(Boolean));
}

/** Numbers (with their separators, `3,000`, `1.5`) and words (with inner apostrophes and hyphens, `co-op's`). */
const TOKEN = /\p{N}+(?:[.,]\p{N}+)*|\p{L}[\p{L}\p{N}]*(?:['-][\p{L}\p{N}]+)*/gu;

/** Suffixes dropped to compare forms of one word: "engaged" and "engaging" both become "engag". */
const SUFFIXES = ['ing', 'ed', 'es', 's', 'ly'];

/** The words of a text in lower case, typographic apostrophes made plain and possessives dropped: "Co-op’s" → "co-op". */
function wordsOf(text: string): string[] {
	const normal = text.toLowerCase().replace(/[’‘]/g, "'").replace(/[‐‑–]/g, '-');
	return (normal.match(TOKEN) ?? []).map((word) => word.replace(/'s?$/, ''));
}

/** A rough stem, so that forms of one word match: "recruited", "recruiting" and "recruits" all become "recruit". */
function stemOf(word: string): string {
	let stem = word.replace(/ies$/, 'y');
	for (const suffix of SUFFIXES) {
		if (stem.endsWith(suffix) && stem.length - suffix.length >= 3) {
			stem = stem.slice(0, -suffix.length);
			break;
		}
	}
	return stem.length > 3 ? stem.replace(/e$/, '') : stem;
}

/** The stems of every word a source uses, whole and (for hyphenated words) part by part: read once, checked against many claims. */
export type SourceWords = ReadonlySet<string> & { readonly __sourceWords: true };

/** Reads the words of `source` once, for `findUnsupportedWords` to check several claims against. */
export function readSourceWords(source: string): SourceWords {
	const known = new Set<string>();
	for (const word of wordsOf(source)) {
		known.add(stemOf(word));
		for (const part of word.split('-')) known.add(stemOf(part));
	}
	return known as Set<string> & SourceWords;
}

/**
 * The content words of `claim` that `source` never uses in any form, in the order they first appear, in lower case.
 * `stopWords` (`readStopWords`) are left out; a hyphenated word is used if the source has it whole or has each of its
 * parts. An empty list means every content word of the claim is in the source: a check that a summary keeps to its
 * source's words, not that it keeps to its meaning. `source` may be text, or its words as `readSourceWords` read them.
 */
export function findUnsupportedWords(claim: string, source: string | SourceWords, stopWords: ReadonlySet<string>): string[] {
	const known = typeof source === 'string' ? readSourceWords(source) : source;
	const isKnown = (word: string) => stopWords.has(word) || known.has(stemOf(word));
	const unsupported: string[] = [];
	for (const word of wordsOf(claim)) {
		if (isKnown(word) || (word.includes('-') && word.split('-').every(isKnown))) continue;
		if (!unsupported.includes(word)) unsupported.push(word);
	}
	return unsupported;
}
