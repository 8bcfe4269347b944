import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { HeaderRule } from '../lib/headers/format-headers-file.ts';
import { SEARCH_BUNDLE_DIR } from './index-site.ts';

/** For files named by their content: a changed file has a new name, so a browser may keep one for good. */
export const CACHE_FOR_GOOD = 'public, max-age=31536000, immutable';
/** For files whose name stays the same when they change: kept, but checked with the host (a 304 costs no body). */
export const CACHE_AND_REVALIDATE = 'public, max-age=0, must-revalidate';

/** Pagefind's folders of index, fragment and filter chunks: every file in them is named by a hash of its content. */
const HASHED_FOLDERS = ['index', 'fragment', 'filter'];
/** A hashed file at the top of the bundle, such as `pagefind.en_9871c828ba.pf_meta`. */
const HASHED_FILE = /_[0-9a-f]{8,}\.pf_[a-z]+$/;

/**
 * The `Cache-Control` rules for the search bundle of a built site under `base`: its hashed chunks cached for good,
 * and every other file (`pagefind-entry.json`, which names the current chunks, Pagefind's code and WebAssembly)
 * revalidated. Read once the index is written: each top-level file gets a rule of its own, so no two rules give one
 * address two `Cache-Control` values (hosts send every rule that matches).
 */
export function buildSearchCacheRules(dist: string, base: string): HeaderRule[] {
	const bundle = join(dist, SEARCH_BUNDLE_DIR);
	if (!existsSync(bundle)) return [];
	const rules: HeaderRule[] = [];
	for (const entry of readdirSync(bundle, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name, 'en'))) {
		const path = `${base}${SEARCH_BUNDLE_DIR}/${entry.name}`;
		if (entry.isDirectory()) {
			if (HASHED_FOLDERS.includes(entry.name)) rules.push({ path: `${path}/*`, headers: { 'Cache-Control': CACHE_FOR_GOOD } });
			continue;
		}
		rules.push({ path, headers: { 'Cache-Control': HASHED_FILE.test(entry.name) ? CACHE_FOR_GOOD : CACHE_AND_REVALIDATE } });
	}
	return rules;
}
