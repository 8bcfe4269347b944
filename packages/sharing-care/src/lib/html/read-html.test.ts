import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { attributesOf, eachElement, mapHtmlUrls, mapSrcset, parseFragment, readAttribute, rawText, splitUrlList, textOf, urlsOf } from './read-html.ts';

const mark = (url: string) => `[${url}]`;

/** The elements of a fragment in document order, as `eachElement` walks them. */
function elementsOf(html: string): Element[] {
	const elements: Element[] = [];
	eachElement(parseFragment(html), (element) => elements.push(element));
	return elements;
}

describe('parseFragment with attributesOf and rawText', () => {
	it('reads elements with their attributes in document order', () => {
		const elements = elementsOf('<p class="lede">Hi <a HREF="/blog/" data-x=1 hidden>there</a></p>');
		expect(elements.map((element) => element.tagName)).toEqual(['p', 'a']);
		expect(attributesOf(elements[1]!)).toEqual({ href: '/blog/', 'data-x': '1', hidden: '' });
	});

	it('decodes entities in attribute values and accepts single quotes', () => {
		const [link] = elementsOf(`<a href='/search/?q=care&amp;page=2' title="&quot;Co-ops&quot; &#8211; ok">x</a>`);
		expect(attributesOf(link!).href).toBe('/search/?q=care&page=2');
		expect(attributesOf(link!).title).toBe('"Co-ops" – ok');
	});

	it('keeps script and style contents as text instead of reading tags inside them', () => {
		const elements = elementsOf('<script>if (a<b) document.write("<img src=x>")</script><style>a>b{}</style><img src="/y.webp">');
		expect(elements.map((element) => element.tagName)).toEqual(['script', 'style', 'img']);
		expect(rawText(elements[0]!)).toBe('if (a<b) document.write("<img src=x>")');
		expect(rawText(elements[1]!)).toBe('a>b{}');
	});

	it('ignores tags inside comments and reads self-closing tags', () => {
		const elements = elementsOf('<!-- <a href="/gone/"> --><link rel="icon" href="/favicon.svg" /><br/>');
		expect(elements.map((element) => element.tagName)).toEqual(['link', 'br']);
		expect(attributesOf(elements[0]!).href).toBe('/favicon.svg');
	});

	it('reads a value with a > in its quotes whole, and the attributes after it', () => {
		const [image] = elementsOf('<img alt="Before > after" src="/a.webp" width=40>');
		expect(attributesOf(image!)).toEqual({ alt: 'Before > after', src: '/a.webp', width: '40' });
	});

	it('keeps the first of a repeated attribute, as browsers do', () => {
		expect(attributesOf(elementsOf('<a href="/first/" href="/second/">x</a>')[0]!).href).toBe('/first/');
	});
});

describe('readAttribute and attributesOf', () => {
	it('give attributes by their names in HTML, decoded, with lists and bare attributes as written', () => {
		const link = select(
			'link',
			parseFragment('<link REL="preload stylesheet" href="/a.css?x=1&amp;y=2" crossorigin data-print-address="" aria-hidden="false">'),
		)!;
		expect(readAttribute(link, 'rel')).toBe('preload stylesheet');
		expect(readAttribute(link, 'href')).toBe('/a.css?x=1&y=2');
		expect(readAttribute(link, 'title')).toBeUndefined();
		expect(attributesOf(link)).toEqual({
			rel: 'preload stylesheet',
			href: '/a.css?x=1&y=2',
			crossorigin: '',
			'data-print-address': '',
			'aria-hidden': 'false',
		});
	});

	it('read SVG attributes by their SVG names, xlink:href among them, and the ones HTML shares by HTML’s', () => {
		const elements = elementsOf('<svg viewBox="0 0 8 8" aria-hidden="true"><use xlink:href="/icons.svg#a" stroke-width="2" class="icon"/></svg>');
		expect(elements.map((element) => element.tagName)).toEqual(['svg', 'use']);
		expect(attributesOf(elements[0]!)).toEqual({ viewbox: '0 0 8 8', 'aria-hidden': 'true' });
		expect(attributesOf(elements[1]!)).toEqual({ 'xlink:href': '/icons.svg#a', 'stroke-width': '2', class: 'icon' });
	});
});

describe('textOf', () => {
	it('keeps the words a reader sees, with block edges as spaces, inline tags joined and references decoded', () => {
		const html =
			'<!doctype html><html><head><title>T</title><style>p{}</style><script>var x = "<p>no</p>"</script></head><body><h1>Care</h1><p>Co-<em>op</em>s &amp; members &copy;&nbsp;2025</p><!-- note --><template><p>hidden</p></template><ul><li>one</li><li>two</li></ul></body></html>';
		expect(textOf(fromHtml(html))).toBe('Care Co-ops & members © 2025 one two');
	});
});

describe('eachElement', () => {
	it('visits every element in document order with its parent, inside templates too', () => {
		const seen: string[] = [];
		eachElement(parseFragment('<p><a href="/a/">a</a></p><template><img src="/t.webp"></template>'), (element, parent) => {
			seen.push(`${parent?.type === 'element' ? parent.tagName : parent?.type}>${element.tagName}`);
		});
		expect(seen).toEqual(['root>p', 'p>a', 'root>template', 'root>img']);
	});
});

describe('urlsOf', () => {
	it('lists the addresses of an element, one per srcset candidate, and none for attributes that hold no address', () => {
		const [img, a] = selectAll(
			'img, a',
			parseFragment('<img src="/a.webp" srcset="/a.webp 1x, /b.webp 2x" alt="/not-a-link"><a href="/x/" data-href="/y/">x</a>'),
		);
		expect(urlsOf(img!)).toEqual([
			{ attribute: 'src', url: '/a.webp' },
			{ attribute: 'srcset', url: '/a.webp' },
			{ attribute: 'srcset', url: '/b.webp' },
		]);
		expect(urlsOf(a!)).toEqual([{ attribute: 'href', url: '/x/' }]);
		const image = select('image', parseFragment('<svg><image href="/a.webp" xlink:href="/b.webp"/></svg>'))!;
		expect(urlsOf(image)).toEqual([
			{ attribute: 'href', url: '/a.webp' },
			{ attribute: 'xlink:href', url: '/b.webp' },
		]);
	});
});

describe('splitUrlList', () => {
	it('drops width and density descriptors and empty candidates', () => {
		expect(splitUrlList(' /a.png 400w,/b.png 2x, ')).toEqual(['/a.png', '/b.png']);
	});
});

describe('mapHtmlUrls', () => {
	it('maps the addresses of links, images, media and forms', () => {
		const html = '<a href="/a">a</a><img src="b.png" alt="b"><video poster="/c.jpg"></video><form action="/d"></form><blockquote cite="/e"></blockquote>';
		expect(mapHtmlUrls(html, mark)).toBe(
			'<a href="[/a]">a</a><img src="[b.png]" alt="b"><video poster="[/c.jpg]"></video><form action="[/d]"></form><blockquote cite="[/e]"></blockquote>',
		);
	});

	it('maps each candidate of a srcset', () => {
		expect(mapHtmlUrls('<img srcset="/a.webp 400w, /b.webp 800w">', mark)).toBe('<img srcset="[/a.webp] 400w, [/b.webp] 800w">');
	});

	it('keeps single quotes and leaves attributes that only end in a known name alone', () => {
		expect(mapHtmlUrls("<a data-href='/x' href='/y'>y</a>", mark)).toBe("<a data-href='/x' href='[/y]'>y</a>");
	});

	it('never changes text between tags, comments or scripts', () => {
		const html = '<p>Write href="/x" or src=\'/y\' in your link.</p><!-- <a href="/z"> --><script>document.write(\'<img src="/w">\')</script>';
		expect(mapHtmlUrls(html, mark)).toBe(html);
	});

	it('leaves an attribute exactly as written when the address does not change', () => {
		const html = '<a href = "/same" title="a &amp; b">same</a>';
		expect(mapHtmlUrls(html, (url) => url)).toBe(html);
	});

	it('gives map the decoded address and writes the new one back encoded', () => {
		expect(mapHtmlUrls('<a href="/search/?q=care&amp;page=2">x</a>', (url) => `https://coop.example${url}`)).toBe(
			'<a href="https://coop.example/search/?q=care&amp;page=2">x</a>',
		);
	});

	it('maps SVG addresses, xlink:href among them, and an address in a tag written in capitals', () => {
		expect(mapHtmlUrls('<svg><use xlink:href="/i.svg#a"/><image href=\'/b.webp\'/></svg><A HREF="/c/">c</A>', mark)).toBe(
			'<svg><use xlink:href="[/i.svg#a]"/><image href=\'[/b.webp]\'/></svg><A href="[/c/]">c</A>',
		);
	});

	it('writes a quote inside a new value as a character reference', () => {
		expect(mapHtmlUrls(`<a href='/x'>x</a>`, () => "/it's")).toBe(`<a href='/it&#39;s'>x</a>`);
	});

	it('maps unquoted values, quoting what it writes', () => {
		expect(mapHtmlUrls('<img src=/a.webp alt=A>', mark)).toBe('<img src="[/a.webp]" alt=A>');
	});

	it('reads a tag with a > inside a quoted value to its real end', () => {
		expect(mapHtmlUrls('<img alt="a > b" src="/a.webp">', mark)).toBe('<img alt="a > b" src="[/a.webp]">');
	});

	it('works on fragments: unclosed elements, and end tags with no start', () => {
		expect(mapHtmlUrls('<div><a href="/blog/">', mark)).toBe('<div><a href="[/blog/]">');
		expect(mapHtmlUrls('</a>', mark)).toBe('</a>');
		expect(mapHtmlUrls('</p><a href="/x/">x</a>', mark)).toBe('</p><a href="[/x/]">x</a>');
	});
});

describe('mapSrcset', () => {
	it('keeps width and density descriptors and the spacing between candidates', () => {
		expect(mapSrcset('/a.png 1x, /b.png 2x', mark)).toBe('[/a.png] 1x, [/b.png] 2x');
	});
});
