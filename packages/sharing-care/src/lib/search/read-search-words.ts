/**
 * What a visitor's words ask of the search: the words Pagefind looks up, phrases in quotation marks that results
 * must hold word for word, where words typed together should stand, and the words to highlight in each result.
 *
 * Pagefind matches each word it is given as the start of words on the page ("a" finds "April", "and" and "at";
 * "to" finds "totally"), does phrases only when the whole query is one quoted phrase (ranking its results without
 * regard to how well a page matches), and fetches every word's index chunk: a stop word's holds every page. So the
 * search page asks Pagefind for the words that carry the meaning, and from its results keeps those with the quoted
 * phrases and puts first those where the words stand as typed (`runFacetedSearch`); it highlights only forms of the
 * words searched for (`build-excerpt.ts`).
 */

/** Quotation marks people type: straight, or curly as phones and word processors make them. */
const QUOTES = /["“”„]/;

export interface SearchWords {
	/** What Pagefind is asked for: the words without stop words, unless stop words are all there is. Empty for no words. */
	term: string;
	/** Phrases in quotation marks, as typed: each result must hold every one, word for word. */
	phrases: string[];
	/**
	 * For several words typed without quotation marks: where each word of the term stands among the words as typed
	 * ("Power to Change" → [0, 2]), so that the pages where they stand so come first (the funder's name before a page
	 * with "powerful" and "changing"). Null for fewer than two words in the term, or with quotation marks.
	 */
	together: number[] | null;
	/** The words a result highlights wherever they stand, folded (`foldWord`): those of the term outside quotation marks, and a word quoted alone. */
	highlight: string[];
	/**
	 * The phrases a result highlights where they stand whole, stop words and all, and the words typed without
	 * quotation marks where they stand together: one list of folded words each.
	 */
	highlightPhrases: string[][];
}

/**
 * A word as compared for highlighting: lower case, without accents, a possessive "'s" or anything but letters and
 * digits ("Co-op’s," → "coop"), as Pagefind compares them.
 */
export function foldWord(word: string): string {
	return word
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
		.replace(/['’]s$/u, '')
		.replace(/[^\p{L}\p{N}]/gu, '');
}

/** The words of a piece of text, split at spaces, as typed. */
const wordsOf = (text: string) => text.split(/\s+/).filter((word) => foldWord(word) !== '');

/**
 * Reads a query. `stopWords` (folded, from the strings table: `search.stopWords`) are left out of the words Pagefind
 * is asked for and of the highlighting, unless there is nothing else; inside quotation marks they stay.
 * An opening quotation mark with no closing one quotes the rest, as it is being typed.
 */
export function readSearchWords(query: string, stopWords: ReadonlySet<string>): SearchWords {
	const parts = query.split(QUOTES).map((part, index) => ({ words: wordsOf(part), quoted: index % 2 === 1 }));
	const loose = parts.filter((part) => !part.quoted).flatMap((part) => part.words);
	const phrases = parts.filter((part) => part.quoted && part.words.length > 0).map((part) => part.words);
	const everyWord = parts.flatMap((part) => part.words);
	const meaningful = (words: string[]) => words.filter((word) => !stopWords.has(foldWord(word)));
	const onlyStopWords = meaningful(everyWord).length === 0;
	const searched = onlyStopWords ? everyWord : meaningful(everyWord);
	const offsets = loose.flatMap((word, index) => (onlyStopWords || !stopWords.has(foldWord(word)) ? [index] : []));
	return {
		term: searched.join(' '),
		phrases: phrases.map((words) => words.join(' ')),
		together: phrases.length === 0 && offsets.length > 1 ? offsets.map((offset) => offset - offsets[0]!) : null,
		highlight: [...new Set([...(onlyStopWords ? loose : meaningful(loose)), ...phrases.filter((words) => words.length === 1).flat()].map(foldWord))],
		highlightPhrases: [...phrases, ...(phrases.length === 0 && loose.length > 1 ? [loose] : [])]
			.filter((words) => words.length > 1)
			.map((words) => words.map(foldWord)),
	};
}

/** Endings that make another form of a word: "changes", "changed", "cared". */
const ENDINGS = ['s', 'es', 'd', 'ed', 'ing'];

/** Whether `word` is `base` with an ending: "care" → "cares", "caring", "cared"; "community" → "communities"; "plan" → "planned". */
function inflects(base: string, word: string): boolean {
	if (base.length < 3 || !word.startsWith(base.slice(0, -1))) return false;
	const rest = word.slice(base.length);
	if (word.startsWith(base) && (ENDINGS.includes(rest) || (rest.length > 1 && rest[0] === base.at(-1) && ['ed', 'ing'].includes(rest.slice(1))))) return true;
	const stem = base.slice(0, -1);
	const ending = word.slice(stem.length);
	if (base.endsWith('e')) return ['ing', 'ed', 'es'].includes(ending);
	if (base.endsWith('y')) return ['ies', 'ied'].includes(ending);
	return false;
}

/**
 * Whether two folded words are forms of one word, for highlighting: the same, or one the other with an ending
 * ("member" and "members", "change" and "changing"). Not a word that merely starts the same way: "care" is not
 * "career", and "to" is not "totally".
 */
export function isFormOf(searched: string, word: string): boolean {
	return searched === word || inflects(searched, word) || inflects(word, searched);
}
