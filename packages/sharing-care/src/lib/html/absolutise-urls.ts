import type { Nodes } from 'hast';
import { mapTreeUrls } from './read-html.ts';

/** An address resolved against the page it is on; blank, `data:`, `mailto:`, `tel:`, `javascript:` and unreadable addresses as they are. */
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
 * Makes every address in a parsed HTML fragment absolute, in place, resolved against the page it comes from, so the
 * fragment still works out of context (in a feed reader or an email). Root-relative (`/blog/x/`), relative (`../x/`)
 * and in-page (`#part`) addresses are resolved; full addresses, `mailto:`, `tel:` and `data:` pass through. Only
 * the elements' address attributes (URL_ATTRIBUTES) are touched, never text. Returns the tree.
 */
export function absolutiseTree<T extends Nodes>(tree: T, pageUrl: string): T {
	return mapTreeUrls(tree, (address) => resolve(address, pageUrl));
}
