import { describe, expect, it } from 'vitest';
import { decodeAttribute, readTags } from './read-tags.ts';

describe('readTags', () => {
	it('reads start and end tags with their attributes in document order', () => {
		const tags = readTags('<p class="lede">Hi <a HREF="/blog/" data-x=1 hidden>there</a></p>');
		expect(tags.map((tag) => `${tag.closing ? '/' : ''}${tag.name}`)).toEqual(['p', 'a', '/a', '/p']);
		expect(tags[1]!.attributes).toEqual({ href: '/blog/', 'data-x': '1', hidden: '' });
	});

	it('decodes entities in attribute values and accepts single quotes', () => {
		const [tag] = readTags(`<a href='/search/?q=care&amp;page=2' title="&quot;Co-ops&quot; &#8211; ok">x</a>`);
		expect(tag!.attributes.href).toBe('/search/?q=care&page=2');
		expect(tag!.attributes.title).toBe('"Co-ops" – ok');
	});

	it('keeps script and style contents as text instead of reading tags inside them', () => {
		const tags = readTags('<script>if (a<b) document.write("<img src=x>")</script><style>a>b{}</style><img src="/y.webp">').filter((tag) => !tag.closing);
		expect(tags.map((tag) => tag.name)).toEqual(['script', 'style', 'img']);
		expect(tags[0]!.text).toBe('if (a<b) document.write("<img src=x>")');
		expect(tags[1]!.text).toBe('a>b{}');
	});

	it('ignores tags inside comments and reads self-closing tags', () => {
		const tags = readTags('<!-- <a href="/gone/"> --><link rel="icon" href="/favicon.svg" /><br/>');
		expect(tags.map((tag) => tag.name)).toEqual(['link', 'br']);
		expect(tags[0]!.attributes.href).toBe('/favicon.svg');
	});
});

describe('decodeAttribute', () => {
	it('decodes named, decimal and hex references and leaves other text alone', () => {
		expect(decodeAttribute('a &amp; b &lt;c&gt; &#x27;d&#39; &copy;')).toBe("a & b <c> 'd' &copy;");
	});
});
