import type { Nodes } from 'hast';
import { find, html as HTML } from 'property-information';
import { eachElement, isUrlList, mapHtmlUrls, mapSrcset, readAttribute, URL_ATTRIBUTES } from './read-html.ts';

function resolve(address: string, pageUrl: string): string {
	const trimmed = address.trim();
	if (trimmed === '' || /^(data|mailto|tel|javascript):/i.test(trimmed)) return address;
	try {
		return new URL(trimmed, pageUrl).href;
	} catch {
		return address;
	}
}

/**
 * Makes every address in an HTML fragment absolute, resolved against the page it comes from, so the fragment
 * still works out of context (in a feed reader or an email). Root-relative (`/blog/x/`), relative (`../x/`)
 * and in-page (`#part`) addresses are resolved; full addresses, `mailto:`, `tel:` and `data:` pass through.
 * Only attributes inside tags are touched, never text.
 */
export function absolutiseUrls(html: string, pageUrl: string): string {
	return mapHtmlUrls(html, (address) => resolve(address, pageUrl));
}

/**
 * The same on a parsed fragment, in place, for a caller that parses it anyway: every address in the elements'
 * attributes (URL_ATTRIBUTES) made absolute, resolved against the page it comes from. Returns the tree.
 */
export function absolutiseTree<T extends Nodes>(tree: T, pageUrl: string): T {
	eachElement(tree, (element) => {
		for (const attribute of URL_ATTRIBUTES[element.tagName.toLowerCase()] ?? []) {
			const value = readAttribute(element, attribute);
			if (value === undefined) continue;
			const mapped = isUrlList(attribute) ? mapSrcset(value, (address) => resolve(address, pageUrl)) : resolve(value, pageUrl);
			if (mapped !== value) element.properties[find(HTML, attribute).property] = mapped;
		}
	});
	return tree;
}
