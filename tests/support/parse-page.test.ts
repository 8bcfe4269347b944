import { describe, expect, it } from 'vitest';
import { parsePage } from './parse-page.ts';

const PAGE = `<!DOCTYPE html>
<html lang="en-GB">
<head>
	<title>A post | Millbrook</title>
	<meta name="description" content="Fish &amp; chips, &quot;quoted&quot;">
	<script type="application/ld+json">{"@type":"BlogPosting","headline":"A  post"}</script>
	<script type="application/ld+json">{"@type":"BreadcrumbList"}</script>
</head>
<body>
	<nav aria-label="Main"><a href="/blog/" aria-current="page" class="current nav-link">Blog</a><a href="/reports/">Reports</a></nav>
	<main>
		<h1>A   post</h1>
		<p class="date">Published <time datetime="2025-01-09">9&nbsp;January 2025</time></p>
		<div class="prose"><p>One <em>two</em>
		three.</p><ul><li>First</li><li>Second</li></ul></div>
		<div hidden><span data-pagefind-meta="published">9 January 2025</span></div>
		<script>const shown = false;</script>
	</main>
</body>
</html>`;

describe('parsePage', () => {
	it('selects elements with CSS selectors, in document order, inside the page or inside an element', () => {
		const page = parsePage(PAGE);
		expect(page.select('main h1')?.tagName).toBe('h1');
		expect(page.select('main table')).toBeUndefined();
		expect(page.selectAll('nav a').map((link) => page.attr(link, 'href'))).toEqual(['/blog/', '/reports/']);
		expect(page.selectAll('h1, .prose li, p.date').map((element) => element.tagName)).toEqual(['h1', 'p', 'li', 'li']);
		const prose = page.select('.prose')!;
		expect(page.selectAll('li', prose)).toHaveLength(2);
		// An element a test did not find holds nothing, rather than standing for the whole page.
		expect(page.select('li', page.select('table'))).toBeUndefined();
		expect(page.selectAll('li', page.select('table'))).toEqual([]);
		expect(page.select('a[aria-current="page"]')?.properties.href).toBe('/blog/');
	});

	it('gives the text a reader sees, whitespace folded, with a space between blocks and none around inline elements', () => {
		const page = parsePage(PAGE);
		expect(page.text('h1')).toBe('A post');
		expect(page.text('.prose')).toBe('One two three. First Second');
		expect(page.text(page.select('p.date')!)).toBe('Published 9 January 2025');
		expect(page.text('nav')).toBe('BlogReports');
	});

	it('leaves out of the text the elements a second selector matches', () => {
		const page = parsePage(PAGE);
		expect(page.text('main', '.prose, p.date')).toBe('A post');
		expect(page.text(page.root, 'nav, .prose li')).toBe('A post Published 9 January 2025 One two three.');
		// The page itself is unchanged.
		expect(page.text('.prose')).toBe('One two three. First Second');
	});

	it('leaves out of a page’s text its head, scripts and hidden elements, though each can be read on its own', () => {
		const page = parsePage(PAGE);
		const text = page.text();
		expect(text).toBe('BlogReports A post Published 9 January 2025 One two three. First Second');
		expect(page.text('title')).toBe('A post | Millbrook');
		expect(page.text('[data-pagefind-meta="published"]')).toBe('9 January 2025');
	});

	it('says which selector matched nothing when asked for the text or an attribute of an element not on the page', () => {
		const page = parsePage(PAGE);
		expect(() => page.text('dl.facts')).toThrow('No element on the page matches dl.facts');
		expect(() => page.attr('link[rel="canonical"]', 'href')).toThrow('link[rel="canonical"]');
		// Nor does the text of an element a test did not find stand for the whole page's.
		expect(() => page.text(page.select('dl.facts'))).toThrow('No element to read the text of');
	});

	it('reads attributes by their names in the HTML, decoded, and lists an element’s attributes', () => {
		const page = parsePage(PAGE);
		expect(page.attr('meta[name="description"]', 'content')).toBe('Fish & chips, "quoted"');
		expect(page.attr('nav a', 'class')).toBe('current nav-link');
		expect(page.attr('nav a', 'aria-current')).toBe('page');
		expect(page.attr('nav a', 'title')).toBeUndefined();
		expect(page.attr('[data-pagefind-meta]', 'data-pagefind-meta')).toBe('published');
		expect(page.attributes(page.select('nav a')!)).toEqual({ href: '/blog/', 'aria-current': 'page', class: 'current nav-link' });
		expect(page.attributes(page.select('main div[hidden]')!)).toEqual({ hidden: '' });
		const svg = parsePage('<button aria-hidden="false" aria-pressed="true" disabled><svg aria-hidden="true" viewBox="0 0 2 2"></svg></button>');
		expect(svg.attributes(svg.select('button')!)).toEqual({ 'aria-hidden': 'false', 'aria-pressed': 'true', disabled: '' });
		expect(svg.attr('svg', 'aria-hidden')).toBe('true');
		expect(svg.attributes(svg.select('svg')!)).toEqual({ 'aria-hidden': 'true', viewbox: '0 0 2 2' });
		const path = parsePage('<svg><path stroke-width="3" d="M0 0"/></svg>');
		expect(path.attributes(path.select('path')!)).toEqual({ 'stroke-width': '3', d: 'M0 0' });
	});

	it('parses every JSON-LD block of the page, as written', () => {
		expect(parsePage(PAGE).jsonLd()).toEqual([{ '@type': 'BlogPosting', headline: 'A  post' }, { '@type': 'BreadcrumbList' }]);
		expect(parsePage('<p>No data</p>').jsonLd()).toEqual([]);
	});

	it('parses the same HTML once, so every test that reads a page shares its tree, and HTML that differs on its own', () => {
		// Read twice from the same file, the HTML is two equal strings, not one.
		const again = [...PAGE].join('');
		expect(parsePage(again)).toBe(parsePage(PAGE));
		expect(parsePage(again).root).toBe(parsePage(PAGE).root);
		const changed = parsePage(PAGE.replace('A   post', 'Another post'));
		expect(changed).not.toBe(parsePage(PAGE));
		expect(changed.text('h1')).toBe('Another post');
		expect(parsePage(PAGE).text('h1')).toBe('A post');
	});

	it('reads a fragment of HTML, such as a feed item’s content, the same way', () => {
		const item = parsePage('<p><em>Published about 2019.</em></p><p>A <a href="https://example.org/a">link</a>.</p><img src="/x.webp" alt="X">');
		expect(item.text()).toBe('Published about 2019. A link.');
		expect(item.selectAll('[href], [src]').map((element) => item.attr(element, 'href') ?? item.attr(element, 'src'))).toEqual([
			'https://example.org/a',
			'/x.webp',
		]);
	});
});
