import { selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { addPrintAddressesToPieces, PRINT_ADDRESS, printAddress } from './add-print-addresses.ts';
import { parseFragment, readAttribute } from './read-html.ts';

const PAGE = 'https://care.example.org/coop-kit/blog/first-post/';

describe('printAddress', () => {
	it('gives a link to another site its address as written', () => {
		expect(printAddress('https://www.powertochange.org.uk/funding/', 'Power to Change', PAGE)).toBe('https://www.powertochange.org.uk/funding/');
	});

	it('makes root-relative and relative links full addresses, from the page they are on', () => {
		expect(printAddress('/coop-kit/topics/co-production/', 'co-production', PAGE)).toBe('https://care.example.org/coop-kit/topics/co-production/');
		expect(printAddress('../second-post/', 'the next post', PAGE)).toBe('https://care.example.org/coop-kit/blog/second-post/');
	});

	it('gives none to in-page anchors, email and phone links, or a link with no address', () => {
		expect([
			printAddress('#findings', 'the findings', PAGE),
			printAddress('mailto:hello@care.example.org', 'email us', PAGE),
			printAddress('tel:+441632960123', 'call', PAGE),
			printAddress(undefined, 'x', PAGE),
		]).toEqual([undefined, undefined, undefined, undefined]);
	});

	it('keeps a link to another page’s section, with its anchor', () => {
		expect(printAddress('../second-post/#events', 'the events', PAGE)).toBe('https://care.example.org/coop-kit/blog/second-post/#events');
	});

	it('gives none to a link whose words already are its address', () => {
		expect(printAddress('http://www.valleycare.coop', 'www.valleycare.coop', PAGE)).toBeUndefined();
		expect(printAddress('https://example.org/a/', 'https://example.org/a', PAGE)).toBeUndefined();
	});
});

describe('addPrintAddressesToPieces', () => {
	/** The pieces put back together as written, and the print address of each link in them, in order. */
	function addresses(pieces: { html: string; isHtml: boolean }[]): { html: string; addresses: (string | undefined)[] } {
		const changed = addPrintAddressesToPieces(pieces, PAGE);
		const html = pieces.map((piece, index) => changed.get(index) ?? piece.html).join('');
		return { html, addresses: selectAll('a', parseFragment(html)).map((link) => readAttribute(link, PRINT_ADDRESS)) };
	}

	it('adds the address to each link of a block of HTML, and changes nothing else', () => {
		const block = '<p>Read <a href="/coop-kit/reports/" class="x">our <em>reports</em></a>, <a href="#top">the top</a>.</p><img src="/a.png" alt="">';
		expect(addresses([{ html: block, isHtml: true }])).toEqual({
			html: `<p>Read <a ${PRINT_ADDRESS}="https://care.example.org/coop-kit/reports/" href="/coop-kit/reports/" class="x">our <em>reports</em></a>, <a href="#top">the top</a>.</p><img src="/a.png" alt="">`,
			addresses: ['https://care.example.org/coop-kit/reports/', undefined],
		});
	});

	it('reads the words of a link written in pieces, so a link whose words are its address gets none', () => {
		const pieces = [
			{ html: 'Go ', isHtml: false },
			{ html: '<a href="/coop-kit/blog/">', isHtml: true },
			{ html: 'to the blog', isHtml: false },
			{ html: '</a>', isHtml: true },
			{ html: ' or ', isHtml: false },
			{ html: '<A HREF="https://www.valleycare.coop">', isHtml: true },
			{ html: 'www.valleycare.coop', isHtml: false },
			{ html: '</A>', isHtml: true },
		];
		const changed = addPrintAddressesToPieces(pieces, PAGE);
		expect([...changed.keys()]).toEqual([1]);
		expect(changed.get(1)).toBe(`<a ${PRINT_ADDRESS}="https://care.example.org/coop-kit/blog/" href="/coop-kit/blog/">`);
	});

	it('reads text between the pieces as text, never as HTML', () => {
		expect(
			addresses([
				{ html: '<a href="/x/">', isHtml: true },
				{ html: '<b>&amp; words', isHtml: false },
				{ html: '</a>', isHtml: true },
			]).addresses,
		).toEqual(['https://care.example.org/x/']);
	});

	it('leaves alone a link that already has the attribute, such as one kept off paper with an empty value', () => {
		expect(addPrintAddressesToPieces([{ html: `<a href="/coop-kit/glossary/#cqc" ${PRINT_ADDRESS}="">CQC</a>`, isHtml: true }], PAGE).size).toBe(0);
	});

	it('escapes the address as an attribute value', () => {
		const { addresses: found } = addresses([{ html: '<a href="https://example.org/?a=1&amp;b=&quot;2&quot;">the search</a>', isHtml: true }]);
		expect(found).toEqual(['https://example.org/?a=1&b=%222%22']);
	});
});
