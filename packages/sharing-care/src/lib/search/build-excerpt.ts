import { foldWord, isFormOf, type SearchWords } from './read-search-words.ts';

/** A run of an excerpt's text: highlighted when it is a word that was searched for. */
export interface ExcerptPart {
	text: string;
	marked: boolean;
}

export interface Excerpt {
	/** The text in order: runs of highlighted words (one run for words side by side) and the text between them. */
	parts: ExcerptPart[];
	/** Whether the page's text goes on before the excerpt, and after it. */
	cutBefore: boolean;
	cutAfter: boolean;
}

/**
 * Which words of a page's text (split at spaces) to highlight for a search, with how much each counts in choosing
 * the excerpt: forms of the words searched for (`isFormOf`) count 1, and the words of a phrase searched for, wherever
 * they all stand together, stop words included, count 2 each.
 */
export function findSearchedWords(words: readonly string[], searched: Pick<SearchWords, 'highlight' | 'highlightPhrases'>): Map<number, number> {
	const folded = words.map(foldWord);
	const found = new Map<number, number>();
	for (const [index, word] of folded.entries()) {
		if (word && searched.highlight.some((wanted) => isFormOf(wanted, word))) found.set(index, 1);
	}
	for (const phrase of searched.highlightPhrases) {
		for (let start = 0; start + phrase.length <= folded.length; start += 1) {
			if (phrase.every((wanted, offset) => isFormOf(wanted, folded[start + offset]!)))
				for (let offset = 0; offset < phrase.length; offset += 1) found.set(start + offset, 2);
		}
	}
	return found;
}

/**
 * An excerpt of a page's text for a search result: the `length` words that hold the most searched-for words
 * (`findSearchedWords`; the middle one of equally good places), with those words highlighted. Null when the text
 * holds none of them, as when Pagefind matched only the start of a word still being typed.
 */
export function buildExcerpt(text: string, searched: Pick<SearchWords, 'highlight' | 'highlightPhrases'>, length: number): Excerpt | null {
	const words = text.split(/\s+/).filter((word) => word !== '');
	const marked = findSearchedWords(words, searched);
	if (marked.size === 0) return null;
	const span = Math.min(length, words.length);
	const counts: number[] = [];
	let inWindow = 0;
	for (let index = 0; index < words.length; index += 1) {
		inWindow += marked.get(index) ?? 0;
		if (index >= span) inWindow -= marked.get(index - span) ?? 0;
		if (index >= span - 1) counts.push(inWindow);
	}
	const best = Math.max(...counts);
	const firstBest = counts.indexOf(best);
	let lastBest = firstBest;
	while (counts[lastBest + 1] === best) lastBest += 1;
	const start = Math.floor((firstBest + lastBest) / 2);
	const parts: ExcerptPart[] = [];
	const add = (text: string, isMarked: boolean) => {
		const last = parts.at(-1);
		if (!text) return;
		if (last && last.marked === isMarked) last.text += text;
		else parts.push({ text, marked: isMarked });
	};
	for (let index = start; index < start + span; index += 1) {
		// Words highlighted side by side are one highlight; the punctuation around a word is not highlighted.
		const [, before = '', core = '', after = ''] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su.exec(words[index]!) ?? [];
		if (index > start) add(' ', marked.has(index) && before === '' && parts.at(-1)?.marked === true);
		if (!marked.has(index)) {
			add(words[index]!, false);
			continue;
		}
		add(before, false);
		add(core, true);
		add(after, false);
	}
	return { parts, cutBefore: start > 0, cutAfter: start + span < words.length };
}
