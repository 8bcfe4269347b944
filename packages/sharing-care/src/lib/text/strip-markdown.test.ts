import { describe, expect, it } from 'vitest';
import { stripMarkdown } from './strip-markdown.ts';

describe('stripMarkdown', () => {
	it('removes emphasis, strong emphasis, strikethrough and code marks, keeping the words', () => {
		expect(stripMarkdown('It is *not* yet **agreed**, _nor_ __settled__, ~~then~~ `now`.')).toBe('It is not yet agreed, nor settled, then now.');
		expect(stripMarkdown('***Both*** and **a _nested_ one**.')).toBe('Both and a nested one.');
	});

	it('leaves underscores and asterisks inside words and figures alone', () => {
		expect(stripMarkdown('file_name_here and 2 * 3 = 6')).toBe('file_name_here and 2 * 3 = 6');
	});

	it('keeps the words of links and pictures and drops their addresses and link definitions', () => {
		expect(stripMarkdown('See [our community audit](/audits/community-audit-2023/ "The audit") and [the trust][1].\n\n[1]: https://example.org/')).toBe(
			'See our community audit and the trust.',
		);
		expect(stripMarkdown('![Members at the Watershed event](./watershed.jpg) Read <https://example.org/a>.')).toBe(
			'Members at the Watershed event Read https://example.org/a.',
		);
	});

	it('removes heading, list, task and quote markers, and HTML tags', () => {
		const markdown =
			'## Wider context ##\n\n- First point\n* Second point\n1. Third point\n- [x] Done\n\n> Quoted words\n> > again\n\n<p>In <em>HTML</em></p><!-- a note -->';
		expect(stripMarkdown(markdown)).toBe('Wider context First point Second point Third point Done Quoted words again In HTML');
	});

	it('joins lines and collapses every run of spaces into one space', () => {
		expect(stripMarkdown('  The winter\nwas   hard\r\n\r\n\tfor care.  ')).toBe('The winter was hard for care.');
	});

	it('drops the backslash of an escaped character, and leaves typographic punctuation as written', () => {
		expect(stripMarkdown('A \\*literal\\* star, the co-op’s “own” words.')).toBe('A *literal* star, the co-op’s “own” words.');
	});
});
