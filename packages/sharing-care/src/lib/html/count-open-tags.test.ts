import { describe, expect, it } from 'vitest';
import { countOpenTags } from './count-open-tags.ts';

const LINKS_AND_CODE = new Set(['a', 'code']);

describe('countOpenTags', () => {
	it('counts an opening tag as one and a closing tag as minus one', () => {
		expect(countOpenTags('<a href="/blog/">', LINKS_AND_CODE)).toBe(1);
		expect(countOpenTags('</a>', LINKS_AND_CODE)).toBe(-1);
		expect(countOpenTags('<A HREF="/blog/"><code>', LINKS_AND_CODE)).toBe(2);
	});

	it('finds a whole element left closed', () => {
		expect(countOpenTags('<a href="/blog/">to the blog</a>', LINKS_AND_CODE)).toBe(0);
	});

	it('counts only the elements it is given', () => {
		expect(countOpenTags('<span class="x"><em>', LINKS_AND_CODE)).toBe(0);
		expect(countOpenTags('<abbr title="Care Quality Commission">', LINKS_AND_CODE)).toBe(0);
	});

	it('ignores comments, self-closing tags and a > inside a quoted attribute', () => {
		expect(countOpenTags('<!-- <a href="/x"> -->', LINKS_AND_CODE)).toBe(0);
		expect(countOpenTags('<a name="top" />', LINKS_AND_CODE)).toBe(0);
		expect(countOpenTags('<a title="1 > 0" href="/x">', LINKS_AND_CODE)).toBe(1);
	});
});
