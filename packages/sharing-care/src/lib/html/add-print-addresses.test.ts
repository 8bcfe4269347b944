import { describe, expect, it } from 'vitest';
import { addPrintAddresses, PRINT_ADDRESS } from './add-print-addresses.ts';
import { readTags } from './read-html.ts';

const PAGE = 'https://care.example.org/coop-kit/blog/first-post/';

/** The print address each link of the result was given, in order (`undefined` for none). */
function addresses(html: string): (string | undefined)[] {
	return readTags(addPrintAddresses(html, PAGE))
		.filter((tag) => tag.name === 'a' && !tag.closing)
		.map((tag) => tag.attributes[PRINT_ADDRESS]);
}

describe('addPrintAddresses', () => {
	it('gives a link to another site its address as written', () => {
		expect(addresses('<a href="https://www.powertochange.org.uk/funding/">Power to Change</a>')).toEqual(['https://www.powertochange.org.uk/funding/']);
	});

	it('makes root-relative and relative links full addresses, from the page they are on', () => {
		expect(addresses('<a href="/coop-kit/topics/co-production/">co-production</a> <a href="../second-post/">the next post</a>')).toEqual([
			'https://care.example.org/coop-kit/topics/co-production/',
			'https://care.example.org/coop-kit/blog/second-post/',
		]);
	});

	it('leaves in-page anchors, email and phone links alone', () => {
		expect(addresses('<a href="#findings">the findings</a> <a href="mailto:hello@care.example.org">email us</a> <a href="tel:+441632960123">call</a>')).toEqual([undefined, undefined, undefined]);
	});

	it('keeps a link to another page’s section, with its anchor', () => {
		expect(addresses('<a href="../second-post/#events">the events</a>')).toEqual(['https://care.example.org/coop-kit/blog/second-post/#events']);
	});

	it('leaves alone a link whose words already are its address', () => {
		expect(addresses('<a href="http://www.valleycare.coop">www.valleycare.coop</a> <a href="https://example.org/a/">https://example.org/a</a>')).toEqual([undefined, undefined]);
	});

	it('leaves alone a link that already has the attribute, such as one kept off paper with an empty value', () => {
		expect(addresses(`<a href="/coop-kit/glossary/#cqc" ${PRINT_ADDRESS}="">CQC</a>`)).toEqual(['']);
	});

	it('changes nothing else in the HTML', () => {
		const html = '<p>Read <a href="/coop-kit/reports/" class="x">our <em>reports</em></a>.</p><img src="/a.png" alt="">';
		expect(addPrintAddresses(html, PAGE)).toBe(`<p>Read <a href="/coop-kit/reports/" class="x" ${PRINT_ADDRESS}="https://care.example.org/coop-kit/reports/">our <em>reports</em></a>.</p><img src="/a.png" alt="">`);
	});
});
