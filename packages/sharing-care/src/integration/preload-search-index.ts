import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addToHead, type HeadElement } from '../lib/html/add-to-head.ts';
import { CACHE_TAG_ATTRIBUTE } from '../lib/search/search-cache-tag.ts';
import { readIndexedLanguage, SEARCH_BUNDLE_DIR } from './index-site.ts';

/** The search page in a built site (the `/search` route, routes.ts). */
const SEARCH_PAGE = join('search', 'index.html');

/**
 * Once Pagefind has written the index of the site built into `dist` under `base`, has the search page fetch what
 * every search needs as the page opens, beside the page's own files: Pagefind's entry file, the index's page list and
 * its WebAssembly (`<link rel="preload">` in the head). Without them each waits for the one before (Pagefind's code,
 * then its entry file, then the other two), one round trip after another on a slow connection.
 *
 * The entry file is asked for with the index's own hash as its cache tag, which the page hands to Pagefind (the
 * link's CACHE_TAG_ATTRIBUTE): Pagefind otherwise adds the time to its address, so no link could fetch it ahead.
 * A new index has a new hash, so a visitor never gets an old entry file with a new page. Returns whether the page
 * was changed: not when the site has no search page, or no indexed page yet.
 */
export function preloadSearchIndex(dist: string, base: string, locale: string): boolean {
	const page = join(dist, SEARCH_PAGE);
	const language = readIndexedLanguage(join(dist, SEARCH_BUNDLE_DIR), locale);
	if (!existsSync(page) || !language) return false;
	const bundle = `${base}${SEARCH_BUNDLE_DIR}/`;
	const preload = (href: string, extra: Record<string, string> = {}): HeadElement => ({
		tagName: 'link',
		// As Pagefind fetches them (fetch(), same origin), so that its requests take the preloaded responses.
		attributes: { rel: 'preload', href, as: 'fetch', crossorigin: 'anonymous', ...extra },
	});
	const links = [
		preload(`${bundle}pagefind-entry.json?ts=${language.hash}`, { [CACHE_TAG_ATTRIBUTE]: language.hash }),
		preload(`${bundle}pagefind.${language.hash}.pf_meta`),
		preload(`${bundle}wasm.${language.wasm}.pagefind`),
	];
	writeFileSync(page, addToHead(readFileSync(page, 'utf8'), links));
	return true;
}
