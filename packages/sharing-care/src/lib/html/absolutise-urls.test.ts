import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { absolutiseTree } from './absolutise-urls.ts';
import { parseFragment } from './read-html.ts';

const PAGE = 'https://coops.example.org/coop-kit/blog/my-post/';

/** A fragment absolutised as feeds do it: parsed, changed in place, written out again. */
const absolutise = (html: string) => toHtml(absolutiseTree(parseFragment(html), PAGE));

describe('absolutiseTree', () => {
	it('resolves root-relative links and images against the site address', () => {
		const html = '<p><a href="/coop-kit/topics/care/">Care</a> <img src="/coop-kit/_astro/photo.hash.webp" alt="A photo"></p>';
		expect(absolutise(html)).toBe(
			'<p><a href="https://coops.example.org/coop-kit/topics/care/">Care</a> <img src="https://coops.example.org/coop-kit/_astro/photo.hash.webp" alt="A photo"></p>',
		);
	});

	it('resolves relative links and in-page anchors against the page itself', () => {
		const html = '<a href="../other-post/">Other</a><a href="#findings">Findings</a><a href="report.pdf">PDF</a>';
		expect(absolutise(html)).toBe(
			'<a href="https://coops.example.org/coop-kit/blog/other-post/">Other</a>' +
				'<a href="https://coops.example.org/coop-kit/blog/my-post/#findings">Findings</a>' +
				'<a href="https://coops.example.org/coop-kit/blog/my-post/report.pdf">PDF</a>',
		);
	});

	it('rewrites every candidate of a srcset and keeps its width descriptors', () => {
		const html = '<img srcset="/a-400.webp 400w, /a-800.webp 800w" src="/a.webp">';
		expect(absolutise(html)).toBe(
			'<img srcset="https://coops.example.org/a-400.webp 400w, https://coops.example.org/a-800.webp 800w" src="https://coops.example.org/a.webp">',
		);
	});

	it('leaves full addresses, email, phone and data addresses as they are', () => {
		const html =
			'<a href="https://elsewhere.example/x">x</a><a href="mailto:hello@example.org">m</a><a href="tel:+441234567890">t</a><img src="data:image/png;base64,AAAA">';
		expect(absolutise(html)).toBe(html);
	});

	it('never changes text that only looks like an attribute', () => {
		const html = '<p>Write href="/x" in the link, then src=\'/y\'.</p>';
		expect(absolutise(html)).toBe(html);
	});

	it('reads addresses with their character references decoded, and writes them back encoded', () => {
		expect(absolutise('<a href="/search/?q=care&amp;page=2">Search</a>')).toBe('<a href="https://coops.example.org/search/?q=care&#x26;page=2">Search</a>');
	});

	it('does not mistake attributes that merely end in a known name', () => {
		expect(absolutise('<a data-href="/x" href="/y">y</a>')).toBe('<a data-href="/x" href="https://coops.example.org/y">y</a>');
	});
});
