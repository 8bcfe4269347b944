import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { page, removeTempSites, writeTempSite } from '../../test/support/temp-site.ts';
import { headersForPath, parseHeadersFile } from '../lib/headers/format-headers-file.ts';
import { buildSearchCacheRules, CACHE_AND_REVALIDATE, CACHE_FOR_GOOD } from './search-cache-rules.ts';
import { writeHeaders } from './write-headers.ts';

afterAll(removeTempSites);

/** A built site with a search bundle laid out as Pagefind 1.6 writes it. */
const BUNDLE = {
	'index.html': page('/'),
	'pagefind/pagefind.js': 'export {}',
	'pagefind/pagefind-entry.json': '{"version":"1.6.0","languages":{"en":{"hash":"en_9871c828ba","page_count":3}}}',
	'pagefind/pagefind.en_9871c828ba.pf_meta': 'meta',
	'pagefind/wasm.en.pagefind': 'wasm',
	'pagefind/index/en_1a2b3c4d5e.pf_index': 'index',
	'pagefind/fragment/en_0f1e2d3c4b.pf_fragment': 'fragment',
	'pagefind/filter/en_aa11bb22cc.pf_filter': 'filter',
};

describe('buildSearchCacheRules', () => {
	it('caches the hashed chunks and page list for good, and revalidates the entry file, the code and the WebAssembly', () => {
		const dist = writeTempSite(BUNDLE);
		const rules = buildSearchCacheRules(dist, '/coop-kit/');
		const cacheFor = (path: string) => headersForPath(rules, `/coop-kit/pagefind/${path}`)['Cache-Control'];
		expect(cacheFor('index/en_1a2b3c4d5e.pf_index')).toBe(CACHE_FOR_GOOD);
		expect(cacheFor('fragment/en_0f1e2d3c4b.pf_fragment')).toBe(CACHE_FOR_GOOD);
		expect(cacheFor('filter/en_aa11bb22cc.pf_filter')).toBe(CACHE_FOR_GOOD);
		expect(cacheFor('pagefind.en_9871c828ba.pf_meta')).toBe(CACHE_FOR_GOOD);
		expect(cacheFor('pagefind-entry.json')).toBe(CACHE_AND_REVALIDATE);
		expect(cacheFor('pagefind.js')).toBe(CACHE_AND_REVALIDATE);
		expect(cacheFor('wasm.en.pagefind')).toBe(CACHE_AND_REVALIDATE);
	});

	it('gives no address two caching rules, as hosts would send both', () => {
		const dist = writeTempSite(BUNDLE);
		const rules = buildSearchCacheRules(dist, '/');
		for (const path of Object.keys(BUNDLE).filter((file) => file.startsWith('pagefind/'))) {
			expect(
				rules.filter((rule) => headersForPath([rule], `/${path}`)['Cache-Control']),
				path,
			).toHaveLength(1);
		}
	});

	it('has no rules for a site without search', () => {
		expect(buildSearchCacheRules(writeTempSite({ 'index.html': page('/') }), '/')).toEqual([]);
	});
});

describe('the search bundle in _headers', () => {
	it('is written with the site’s rules, and only when the site has an index', () => {
		const dist = writeTempSite(BUNDLE);
		const written = parseHeadersFile(readFileSync(writeHeaders(dist, '/'), 'utf8'));
		expect(headersForPath(written, '/pagefind/index/en_1a2b3c4d5e.pf_index')['Cache-Control']).toBe(CACHE_FOR_GOOD);
		// The site's security headers still reach the bundle.
		expect(headersForPath(written, '/pagefind/pagefind.js')['X-Content-Type-Options']).toBe('nosniff');

		const later = writeTempSite({ 'index.html': page('/') });
		writeHeaders(later, '/');
		expect(headersForPath(parseHeadersFile(readFileSync(join(later, '_headers'), 'utf8')), '/pagefind/pagefind-entry.json')['Cache-Control']).toBeUndefined();
	});
});
