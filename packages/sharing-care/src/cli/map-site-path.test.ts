import { describe, expect, it } from 'vitest';
import { filesForPath, pathOfFile } from './map-site-path.ts';

describe('pathOfFile', () => {
	it('serves folder index pages at their folder, with a trailing slash', () => {
		expect(pathOfFile('index.html', '/')).toBe('/');
		expect(pathOfFile('blog/my-post/index.html', '/')).toBe('/blog/my-post/');
		expect(pathOfFile('blog/my-post/index.html', '/coop-kit/')).toBe('/coop-kit/blog/my-post/');
	});

	it('serves other files at their own name', () => {
		expect(pathOfFile('404.html', '/coop-kit/')).toBe('/coop-kit/404.html');
		expect(pathOfFile('topics/care/rss.xml', '/')).toBe('/topics/care/rss.xml');
	});
});

describe('filesForPath', () => {
	it('finds the index file of a folder path', () => {
		expect(filesForPath('/', '/')).toEqual(['index.html']);
		expect(filesForPath('/coop-kit/', '/coop-kit/')).toEqual(['index.html']);
		expect(filesForPath('/coop-kit', '/coop-kit/')).toEqual(['index.html']);
		expect(filesForPath('/coop-kit/topics/', '/coop-kit/')).toEqual(['topics/index.html']);
	});

	it('tries the file, then a folder index, then an .html file for a path without a trailing slash', () => {
		expect(filesForPath('/blog/x', '/')).toEqual(['blog/x', 'blog/x/index.html', 'blog/x.html']);
	});

	it('decodes escaped characters', () => {
		expect(filesForPath('/files/annual%20report.pdf', '/')).toEqual([
			'files/annual report.pdf',
			'files/annual report.pdf/index.html',
			'files/annual report.pdf.html',
		]);
	});

	it('refuses paths outside the base path', () => {
		expect(filesForPath('/blog/x/', '/coop-kit/')).toBeNull();
		expect(filesForPath('/coop-kitchen/', '/coop-kit/')).toBeNull();
	});
});
