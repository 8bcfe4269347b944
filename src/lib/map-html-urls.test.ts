import { describe, expect, it } from 'vitest';
import { mapHtmlUrls, mapSrcset } from './map-html-urls.ts';

const mark = (url: string) => `[${url}]`;

describe('mapHtmlUrls', () => {
	it('maps the addresses of links, images, media and forms', () => {
		const html = '<a href="/a">a</a><img src="b.png" alt="b"><video poster="/c.jpg"></video><form action="/d"></form><blockquote cite="/e"></blockquote>';
		expect(mapHtmlUrls(html, mark)).toBe('<a href="[/a]">a</a><img src="[b.png]" alt="b"><video poster="[/c.jpg]"></video><form action="[/d]"></form><blockquote cite="[/e]"></blockquote>');
	});

	it('maps each candidate of a srcset', () => {
		expect(mapHtmlUrls('<img srcset="/a.webp 400w, /b.webp 800w">', mark)).toBe('<img srcset="[/a.webp] 400w, [/b.webp] 800w">');
	});

	it('keeps single quotes and leaves attributes that only end in a known name alone', () => {
		expect(mapHtmlUrls("<a data-href='/x' href='/y'>y</a>", mark)).toBe("<a data-href='/x' href='[/y]'>y</a>");
	});

	it('never changes text between tags', () => {
		const html = '<p>Write href="/x" or src=\'/y\' in your link.</p>';
		expect(mapHtmlUrls(html, mark)).toBe(html);
	});

	it('leaves an attribute exactly as written when the address does not change', () => {
		const html = '<a href = "/same">same</a>';
		expect(mapHtmlUrls(html, (url) => url)).toBe(html);
	});
});

describe('mapSrcset', () => {
	it('keeps width and density descriptors and the spacing between candidates', () => {
		expect(mapSrcset('/a.png 1x, /b.png 2x', mark)).toBe('[/a.png] 1x, [/b.png] 2x');
	});
});
