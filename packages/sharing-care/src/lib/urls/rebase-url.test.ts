import { describe, expect, it } from 'vitest';
import { rebaseHtmlUrls, rebaseSrcset, rebaseUrl } from './rebase-url.ts';

describe('rebaseUrl', () => {
	it('puts a root-relative path under the base path', () => {
		expect(rebaseUrl('/coop-kit/', '/topics/co-production/')).toBe('/coop-kit/topics/co-production/');
		expect(rebaseUrl('/coop-kit/', '/')).toBe('/coop-kit/');
	});

	it('keeps the query and the fragment', () => {
		expect(rebaseUrl('/coop-kit/', '/search/?q=care#results')).toBe('/coop-kit/search/?q=care#results');
	});

	it('changes nothing at the root of a domain', () => {
		expect(rebaseUrl('/', '/topics/')).toBe('/topics/');
	});

	it('leaves a path already under the base path alone', () => {
		expect(rebaseUrl('/coop-kit/', '/coop-kit/blog/')).toBe('/coop-kit/blog/');
	});

	it('leaves relative paths, anchors and other sites alone', () => {
		for (const url of ['photo.jpg', './photo.jpg', '../blog/', '#summary', 'https://example.org/x', '//cdn.example.org/x', 'mailto:hello@example.org', '']) {
			expect(rebaseUrl('/coop-kit/', url)).toBe(url);
		}
	});
});

describe('rebaseSrcset', () => {
	it('rebases every candidate and keeps its descriptor', () => {
		expect(rebaseSrcset('/coop-kit/', '/a.png 1x, /b.png 2x,photo.png 3x')).toBe('/coop-kit/a.png 1x, /coop-kit/b.png 2x,photo.png 3x');
	});
});

describe('rebaseHtmlUrls', () => {
	it('rebases href and src in raw HTML, keeping the quotes', () => {
		expect(rebaseHtmlUrls('/coop-kit/', `<a href="/blog/">Blog</a> <img src='/logo.png' alt="">`)).toBe(
			`<a href="/coop-kit/blog/">Blog</a> <img src='/coop-kit/logo.png' alt="">`,
		);
	});

	it('rebases srcset, poster and form actions', () => {
		expect(rebaseHtmlUrls('/coop-kit/', '<img srcset="/a.png 1x, /b.png 2x"><video poster="/p.jpg"></video><form action="/search/">')).toBe(
			'<img srcset="/coop-kit/a.png 1x, /coop-kit/b.png 2x"><video poster="/coop-kit/p.jpg"></video><form action="/coop-kit/search/">',
		);
	});

	it('rebases a start tag that comes alone, as HTML inside a Markdown paragraph does, and leaves a lone end tag', () => {
		expect(rebaseHtmlUrls('/coop-kit/', '<a href="/blog/">')).toBe('<a href="/coop-kit/blog/">');
		expect(rebaseHtmlUrls('/coop-kit/', '</a>')).toBe('</a>');
	});

	it('rebases SVG links, xlink:href among them', () => {
		expect(rebaseHtmlUrls('/coop-kit/', '<svg><use xlink:href="/icons.svg#leaf"></use></svg>')).toBe(
			'<svg><use xlink:href="/coop-kit/icons.svg#leaf"></use></svg>',
		);
	});

	it('never changes text between tags or links to other sites', () => {
		const html = '<p>Write href="/x" in your HTML to link to <a href="https://example.org/">a site</a>.</p>';
		expect(rebaseHtmlUrls('/coop-kit/', html)).toBe(html);
	});
});
