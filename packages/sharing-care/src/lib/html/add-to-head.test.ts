import { describe, expect, it } from 'vitest';
import { addToHead } from './add-to-head.ts';

const PAGE = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Search</title></head><body><p>Find</p></body></html>';

describe('addToHead', () => {
	it('adds the elements just before </head> and leaves every other byte as it was', () => {
		const html = addToHead(PAGE, [
			{ tagName: 'link', attributes: { rel: 'preload', href: '/pagefind/wasm.en.pagefind', as: 'fetch', crossorigin: true } },
			{ tagName: 'meta', attributes: { name: 'x', content: 'a "quoted" & b' } },
		]);
		expect(html).toBe(
			'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Search</title>' +
				'<link rel="preload" href="/pagefind/wasm.en.pagefind" as="fetch" crossorigin><meta name="x" content="a &quot;quoted&quot; &amp; b">' +
				'</head><body><p>Find</p></body></html>',
		);
	});

	it('finds the head’s end by parsing, not by the first "</head>" in the text', () => {
		const page = PAGE.replace('<title>Search</title>', '<title>Search &lt;/head&gt;</title><script>const end = "</head>";</script>');
		const html = addToHead(page, [{ tagName: 'link', attributes: { rel: 'preload', href: '/x' } }]);
		expect(html.indexOf('<link')).toBe(page.lastIndexOf('</head>'));
		expect(html.replace('<link rel="preload" href="/x">', '')).toBe(page);
	});

	it('refuses a page whose head has no end tag', () => {
		expect(() => addToHead('<p>No head here</p>', [{ tagName: 'link', attributes: { rel: 'preload', href: '/x' } }])).toThrow('no </head>');
	});
});
