/** Attributes whose value is one address. */
const SINGLE_URL_ATTRIBUTES = ['href', 'src', 'poster', 'cite', 'action', 'data'];
/** Attributes whose value is a list of `address width` candidates. */
const SRCSET_ATTRIBUTES = ['srcset', 'imagesrcset'];

const ATTRIBUTE = new RegExp(`(\\s(${[...SINGLE_URL_ATTRIBUTES, ...SRCSET_ATTRIBUTES].join('|')})\\s*=\\s*)(?:"([^"]*)"|'([^']*)')`, 'gi');
const TAG = /<[a-z][^<>]*>/gi;

function resolve(address: string, pageUrl: string): string {
	const trimmed = address.trim();
	if (trimmed === '' || /^(data|mailto|tel|javascript):/i.test(trimmed)) return address;
	try {
		return new URL(trimmed, pageUrl).href;
	} catch {
		return address;
	}
}

function resolveSrcset(value: string, pageUrl: string): string {
	return value
		.split(',')
		.map((candidate) => {
			const [address, ...descriptors] = candidate.trim().split(/\s+/);
			return address ? [resolve(address, pageUrl), ...descriptors].join(' ') : '';
		})
		.filter(Boolean)
		.join(', ');
}

/**
 * Makes every address in an HTML fragment absolute, resolved against the page it comes from, so the fragment
 * still works out of context (in a feed reader or an email). Root-relative (`/blog/x/`), relative (`../x/`)
 * and in-page (`#part`) addresses are resolved; full addresses, `mailto:`, `tel:` and `data:` pass through.
 * Only attributes inside tags are touched, never text.
 */
export function absolutiseUrls(html: string, pageUrl: string): string {
	return html.replace(TAG, (tag) =>
		tag.replace(ATTRIBUTE, (_match, prefix: string, name: string, double: string | undefined, single: string | undefined) => {
			const value = double ?? single ?? '';
			const quote = double === undefined ? "'" : '"';
			const resolved = SRCSET_ATTRIBUTES.includes(name.toLowerCase()) ? resolveSrcset(value, pageUrl) : resolve(value, pageUrl);
			return `${prefix}${quote}${resolved}${quote}`;
		}),
	);
}
