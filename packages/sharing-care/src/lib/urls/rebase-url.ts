import { joinBase } from './join-base.ts';
import { mapHtmlUrls, mapSrcset } from '../html/read-html.ts';

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
	return mapSrcset(srcset, (url) => rebaseUrl(base, url));
}

/**
 * Rebases the addresses in raw HTML written inside Markdown (`<a href="/blog/">`, `<img src="/logo.png">`,
 * `srcset`), keeping each attribute's quotes. Only start tags are read: text between tags is never changed.
 */
export function rebaseHtmlUrls(base: string, html: string): string {
	return mapHtmlUrls(html, (url) => rebaseUrl(base, url));
}
