import { describe, expect, it } from 'vitest';
import { wrapWords } from './wrap-words.ts';

describe('wrapWords', () => {
	it('breaks text at spaces so no line is longer than the width', () => {
		const lines = wrapWords('What we learned setting up a care co-operative, shared for anyone starting one.', 24);
		expect(lines).toEqual(['What we learned setting', 'up a care co-operative,', 'shared for anyone', 'starting one.']);
		for (const line of lines) expect(line.length).toBeLessThanOrEqual(24);
	});

	it('gives a word longer than a line a line of its own', () => {
		expect(wrapWords('a extraordinarilylongword b', 8)).toEqual(['a', 'extraordinarilylongword', 'b']);
	});

	it('stops at the line limit and marks the text left out', () => {
		expect(wrapWords('one two three four five six', 9, 2)).toEqual(['one two', 'three…']);
	});

	it('keeps a full last line within the width when it adds the ellipsis', () => {
		const lines = wrapWords('abcdefgh ijklmnop qrstuvwx', 8, 2);
		expect(lines).toEqual(['abcdefgh', 'ijklmno…']);
	});

	it('returns no lines for empty text', () => {
		expect(wrapWords('   ', 10)).toEqual([]);
	});
});
