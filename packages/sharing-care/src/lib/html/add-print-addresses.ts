import { toText } from 'hast-util-to-text';
import { applyEdits, eachElement, parseFragment, writeAttributes, type Edit } from './read-html.ts';

/** The attribute that holds a link's full address, which the print stylesheet writes out after the link. */
export const PRINT_ADDRESS = 'data-print-address';

/** The same attribute as a property of a hast element. */
export const PRINT_ADDRESS_PROPERTY = 'dataPrintAddress';

/** A link's address as it reads on paper: without the protocol, `www.` or a final slash, in lower case. */
const asWords = (text: string) =>
	text
		.trim()
		.toLowerCase()
		.replace(/^https?:\/\//, '')
		.replace(/^www\./, '')
		.replace(/\/$/, '');

/** The full `http(s)` address a link leads to from the page, or undefined for an in-page anchor, `mailto:` and the like. */
function fullAddress(href: string, pageUrl: string): string | undefined {
	let url: URL;
	try {
		url = new URL(href.trim(), pageUrl);
	} catch {
		return undefined;
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
	const page = new URL(pageUrl);
	const samePage = url.origin === page.origin && url.pathname === page.pathname && url.search === page.search;
	return samePage ? undefined : url.href;
}

/**
 * The address to write out after a link on paper: the full address it leads to, resolved against the page's own
 * full address (`pageUrl`), for the print stylesheet to write after the link, since on paper a link is only as good
 * as its address. Undefined for an in-page anchor, a `mailto:` or `tel:` link, and a link whose words (`text`)
 * already are its address.
 */
export function printAddress(href: string | undefined, text: string, pageUrl: string): string | undefined {
	if (href === undefined) return undefined;
	const address = fullAddress(href, pageUrl);
	return address && asWords(text) !== asWords(address) ? address : undefined;
}

/** One piece of a run, as Markdown keeps HTML written inside it: HTML as written, or the text between. */
export interface Piece {
	html: string;
	isHtml: boolean;
}

/** Text as HTML that reads as the same text. */
const escapeText = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');

/**
 * The print addresses for links written as HTML inside Markdown, which keeps that HTML as written: a whole block
 * (`<p>Go <a href="/blog/">to the blog</a>.</p>`), or pieces within a paragraph with the text between them
 * (`<a href="/blog/">`, `to the blog`, `</a>`). The run of pieces is parsed together, as a browser reads it, so a
 * link's words are known wherever they are written; each link's start tag then gets the attribute, placed after its
 * name, and the rest of each piece stays exactly as written. Returns the new HTML of each piece that changed, by
 * its index.
 */
export function addPrintAddressesToPieces(pieces: readonly Piece[], pageUrl: string): Map<number, string> {
	const starts: number[] = [];
	let html = '';
	for (const piece of pieces) {
		starts.push(html.length);
		html += piece.isHtml ? piece.html : escapeText(piece.html);
	}
	/** What to add to each piece: the attribute, after `<a`. */
	const edits = new Map<number, Edit[]>();
	eachElement(parseFragment(html), (element) => {
		const start = element.position?.start.offset;
		if (element.tagName !== 'a' || start === undefined || PRINT_ADDRESS_PROPERTY in element.properties) return;
		const href = element.properties.href;
		const address = printAddress(typeof href === 'string' ? href : undefined, toText(element), pageUrl);
		if (address === undefined) return;
		let index = starts.length - 1;
		while (starts[index]! > start) index -= 1;
		if (!pieces[index]!.isHtml) return;
		const at = start - starts[index]! + '<a'.length;
		edits.set(index, [...(edits.get(index) ?? []), { start: at, end: at, text: writeAttributes({ [PRINT_ADDRESS]: address }) }]);
	});
	return new Map([...edits].map(([index, list]) => [index, applyEdits(pieces[index]!.html, list)]));
}
