import { addAttributes } from './read-html.ts';

/** The attribute that holds a link's full address, which the print stylesheet writes out after the link. */
export const PRINT_ADDRESS = 'data-print-address';

/** A link's address as it reads on paper: without the protocol, `www.` or a final slash, in lower case. */
const asWords = (text: string) => text.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/$/, '');

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
 * Gives each link in an entry's HTML the full address it leads to (resolved against the page's own full
 * address), for the print stylesheet to write out after the link: on paper a link is only as good as its address.
 * In-page anchors, `mailto:` and `tel:` links, links whose words already are their address, and links that already
 * have the attribute are left alone: `data-print-address=""` keeps a link's address off paper (a link to a
 * definition, say, that would only clutter the page).
 */
export function addPrintAddresses(html: string, pageUrl: string): string {
	return addAttributes(html, ({ name, attributes, text }) => {
		if (name !== 'a' || attributes.href === undefined || PRINT_ADDRESS in attributes) return undefined;
		const address = fullAddress(attributes.href, pageUrl);
		if (!address || asWords(text) === asWords(address)) return undefined;
		return { [PRINT_ADDRESS]: address };
	}, ['a']);
}
