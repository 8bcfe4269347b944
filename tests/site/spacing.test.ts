import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parsePage } from '../support/parse-page.ts';
import { listFiles } from '../support/read-dist.ts';

/**
 * Astro's HTML compression turns a line break between two elements into a space (or, by default, into
 * nothing). These checks read the site's own words (everything but the entries' text, which is published
 * exactly as written) for the two ways that goes wrong.
 */
function chromeText(dist: string): { file: string; text: string }[] {
	return listFiles(dist, '.html').map((file) => {
		const page = parsePage(readFileSync(join(dist, file), 'utf8'));
		// Without the entry's text, and what its article holds after it (its notes on the source, its page history).
		return { file, text: page.text(page.root, 'article > div.prose, article > div.prose ~ *') };
	});
}

describe('the site’s own text', () => {
	it('has no space before a comma, full stop or closing bracket', () => {
		const found = chromeText(inject('siteDist')).flatMap(({ file, text }) => [...text.matchAll(/\S{2,} [,.;:)](?!\d)/g)].map((m) => `${file}: "${m[0]}"`));
		expect(found).toEqual([]);
	});

	it('has no words glued to the next label', () => {
		const found = chromeText(inject('siteDist')).flatMap(({ file, text }) =>
			[...text.matchAll(/[a-z](Published|Topics|Related|Funded by|Period covered|Organisations consulted|Skip to)\b/g)].map((m) => `${file}: "${m[0]}"`),
		);
		expect(found).toEqual([]);
	});
});
