import { describe, expect, it } from 'vitest';
import { countWords, estimateReadingTime, WORDS_PER_MINUTE } from './estimate-reading-time.ts';

/** Markdown of `count` words. */
const words = (count: number) => Array.from({ length: count }, (_, index) => `word${index}`).join(' ');

describe('countWords', () => {
	it('counts the words of plain text, however they are spaced', () => {
		expect(countWords('We met  two other\ncare co-ops.')).toBe(6);
	});

	it('leaves out Markdown marks that are not words', () => {
		expect(countWords('## Wider context\n\n- **One** item\n- *two*\n\n---\n\n| a | b |\n| --- | --- |')).toBe(7);
	});

	it('counts a link’s words but not its address', () => {
		expect(countWords('Read [the final report](https://example.org/reports/final-report/) first.')).toBe(5);
	});

	it('leaves out pictures, reference definitions and comments', () => {
		expect(countWords('![A photo of the team at the open evening](./team.jpg)\n\n[report]: https://example.org "The report"\n\n<!-- a note -->Text.')).toBe(1);
	});

	it('leaves out MDX imports, exports, tags and expressions, keeping the words between tags', () => {
		const mdx =
			'import { Image } from \'astro:assets\';\nexport const total = 2 + 3;\n\nA total of {total} visits.\n\n<Image src={photo} alt="A test pattern" width={200} />\n\n<p class="note">Two words</p>';
		expect(countWords(mdx)).toBe(6);
	});

	it('counts numbers and words in any script', () => {
		expect(countWords('38 people came; Croeso i bawb; 45 young people')).toBe(9);
	});

	it('splits words at any space, and counts a run once it holds a letter or digit, astral letters too', () => {
		// No-break, em and ideographic spaces and a tab separate words; a dash, emoji or bullet alone is not one.
		const text = 'care\u00a0co-op\u2003Cymraeg\u3000日本語\t— 🙂 • 𝒜lpha (2024) «mot» -5';
		expect(countWords(text)).toBe(8);
		expect(countWords(text)).toBe(text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length);
	});
});

describe('estimateReadingTime', () => {
	it('reads 200 words a minute by default', () => {
		expect(WORDS_PER_MINUTE).toBe(200);
		expect(estimateReadingTime(words(1000))).toBe(5);
	});

	it('rounds to the nearest minute', () => {
		expect(estimateReadingTime(words(499))).toBe(2);
		expect(estimateReadingTime(words(500))).toBe(3);
	});

	it('says one minute for a short or empty text, never none', () => {
		expect(estimateReadingTime('A line.')).toBe(1);
		expect(estimateReadingTime('')).toBe(1);
	});

	it('takes another reading speed', () => {
		expect(estimateReadingTime(words(600), 100)).toBe(6);
	});
});
