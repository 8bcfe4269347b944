import { joinBase } from './join-base.ts';

/**
 * Puts a root-relative address written in content under the site's base path:
 * `rebaseUrl('/coop-kit/', '/topics/co-production/')` → `/coop-kit/topics/co-production/`.
 * Everything else is left exactly as written: relative paths (`photo.jpg`, `../blog/`), in-page anchors,
 * full and protocol-relative addresses, `mailto:` links, and paths already under the base path.
 */
export function rebaseUrl(base: string, url: string): string {
	if (!/^\/(?!\/)/.test(url)) return url;
	return joinBase(base, url);
}

/** Rebases each address in a `srcset` list (`/a.png 1x, /b.png 2x`), keeping its width or density. */
export function rebaseSrcset(base: string, srcset: string): string {
	return srcset
		.split(',')
		.map((candidate) => candidate.replace(/^(\s*)(\S+)/, (_, space: string, url: string) => `${space}${rebaseUrl(base, url)}`))
		.join(',');
}

/** A start tag. */
const START_TAG = /<[a-zA-Z][^>]*>/g;
/** An attribute that holds addresses, with its quoted value. */
const URL_ATTRIBUTE = /(\s(href|src|srcset|poster|action|data)\s*=\s*)(?:"([^"]*)"|'([^']*)')/gi;

/**
 * Rebases the addresses in raw HTML written inside Markdown (`<a href="/blog/">`, `<img src="/logo.png">`,
 * `srcset`), keeping each attribute's quotes. Only start tags are read: text between tags is never changed.
 */
export function rebaseHtmlUrls(base: string, html: string): string {
	return html.replace(START_TAG, (tag) =>
		tag.replace(URL_ATTRIBUTE, (whole, prefix: string, name: string, double?: string, single?: string) => {
			const value = double ?? single ?? '';
			const rebased = name.toLowerCase() === 'srcset' ? rebaseSrcset(base, value) : rebaseUrl(base, value);
			if (rebased === value) return whole;
			const quote = double === undefined ? "'" : '"';
			return `${prefix}${quote}${rebased}${quote}`;
		}),
	);
}
