import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { ENTRY_COLLECTIONS } from '../collections/index.ts';

export interface IndexOptions {
	/** The site's language tag (`en-GB`); Pagefind stems words by its primary language. */
	locale: string;
}

/** The folder of the built site that holds the search bundle; the search page loads `<base>pagefind/pagefind.js`. */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/** The folders of the pages search finds by their names, besides the entries: each organisation, person and topic. */
const NAMED_PAGES = ['organisations', 'people', 'topics'] as const;

/** The pages Pagefind reads: the entry collections' folders and NAMED_PAGES. */
const INDEXED_PAGES = `{${[...ENTRY_COLLECTIONS, ...NAMED_PAGES].join(',')}}/**/*.html`;

/** What a written Pagefind bundle's `pagefind-entry.json` says of each language's index. */
interface IndexedLanguage {
	/** Names the language's page list, `pagefind.<hash>.pf_meta`, and changes whenever the index does. */
	hash: string;
	/** Names the WebAssembly that searches it, `wasm.<wasm>.pagefind`. */
	wasm: string;
	page_count: number;
}

/** The languages of a written Pagefind bundle, from its `pagefind-entry.json`. */
function readIndexedLanguages(bundleDir: string): Record<string, IndexedLanguage> {
	return (JSON.parse(readFileSync(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, IndexedLanguage> }).languages;
}

/** The language Pagefind indexes a site in, by which it stems words: the primary language of its tag (`en-GB` → `en`). */
export function indexLanguageOf(locale: string): string {
	return locale.split('-')[0]!.toLowerCase();
}

/** The number of pages in a written Pagefind bundle, from its `pagefind-entry.json`. */
export function readIndexedPageCount(bundleDir: string): number {
	return Object.values(readIndexedLanguages(bundleDir)).reduce((sum, language) => sum + language.page_count, 0);
}

/**
 * The index of a written Pagefind bundle for a site in `locale`: the names of its page list and WebAssembly;
 * undefined when it indexed no page (a new site with no entries yet).
 */
export function readIndexedLanguage(bundleDir: string, locale: string): Pick<IndexedLanguage, 'hash' | 'wasm'> | undefined {
	const language = readIndexedLanguages(bundleDir)[indexLanguageOf(locale)];
	return language && { hash: language.hash, wasm: language.wasm };
}

/** A Pagefind index being built, in a process of its own. */
export interface Indexing {
	/** Waits for the index to be written into `<site>/pagefind/`. Resolves with the number of pages indexed. */
	finish(): Promise<number>;
}

/**
 * Starts the Pagefind index of a built site: resolves as soon as Pagefind, in a process of its own, has been asked to
 * read the pages (it then writes the bundle without waiting for the caller), so the caller can do other work
 * meanwhile. Only the pages of entries, organisations, people and topics are read (INDEXED_PAGES), and of those only
 * the parts marked `data-pagefind-body`, so lists, the home page and the search page stay out even on a site with no
 * entries yet.
 */
export async function startIndexing(siteDir: string, { locale = 'en' }: Partial<IndexOptions> = {}): Promise<Indexing> {
	const { index, errors } = await pagefind.createIndex({ forceLanguage: indexLanguageOf(locale) });
	if (!index) {
		await pagefind.close();
		throw new Error(errors.join('; '));
	}
	const written = (async () => {
		try {
			const added = await index.addDirectory({ path: siteDir, glob: INDEXED_PAGES });
			if (added.errors.length) throw new Error(added.errors.join('; '));
			const bundleDir = join(siteDir, SEARCH_BUNDLE_DIR);
			const files = await index.writeFiles({ outputPath: bundleDir });
			if (files.errors.length) throw new Error(files.errors.join('; '));
			return readIndexedPageCount(bundleDir);
		} finally {
			await pagefind.close();
		}
	})();
	// Awaited in finish(); a caller that fails before then must not crash on this.
	written.catch(() => undefined);
	return { finish: () => written };
}

/** Builds the Pagefind index of a built site into `<site>/pagefind/` (`startIndexing`, then `finish`). Returns the number of pages indexed. */
export async function indexSite(siteDir: string, options: Partial<IndexOptions> = {}): Promise<number> {
	return (await startIndexing(siteDir, options)).finish();
}
