import { mapHtmlUrls } from './read-html.ts';

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
