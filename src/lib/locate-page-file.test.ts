import { describe, expect, it } from 'vitest';
import { locatePageFile } from './locate-page-file.ts';

describe('locatePageFile', () => {
	it('finds the index file of a page, with or without its trailing slash', () => {
		expect(locatePageFile('https://example.org/blog/my-post/', '/')).toBe('blog/my-post/index.html');
		expect(locatePageFile('https://example.org/blog/my-post', '/')).toBe('blog/my-post/index.html');
	});

	it('finds the home page', () => {
		expect(locatePageFile('https://example.org/', '/')).toBe('index.html');
		expect(locatePageFile('https://example.org/coop-kit/', '/coop-kit/')).toBe('index.html');
	});

	it('takes the base path off', () => {
		expect(locatePageFile('https://coops.example.org/coop-kit/topics/care/', '/coop-kit/')).toBe('topics/care/index.html');
	});

	it('keeps a file address as the file itself', () => {
		expect(locatePageFile('https://coops.example.org/coop-kit/blog/rss.xml', '/coop-kit/')).toBe('blog/rss.xml');
	});

	it('decodes escaped characters to the name on disk', () => {
		expect(locatePageFile('https://example.org/people/zo%C3%AB/', '/')).toBe('people/zoë/index.html');
	});

	it('gives nothing for an address outside the base path', () => {
		expect(locatePageFile('https://coops.example.org/elsewhere/', '/coop-kit/')).toBeUndefined();
	});
});
