/**
 * The opening words of a sentence, for a short title: at most `count` words, with an ellipsis when words
 * were left off. Trailing punctuation before the cut is dropped: "We agreed the budget, and …" reads
 * "We agreed the budget…".
 */
export function firstWords(text: string, count: number): string {
	const words = text.trim().split(/\s+/).filter(Boolean);
	if (words.length <= count) return words.join(' ');
	return `${words
		.slice(0, count)
		.join(' ')
		.replace(/[\s,;:.!?–—-]+$/u, '')}…`;
}
