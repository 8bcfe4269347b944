import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { ENTRY_COLLECTIONS } from '../collections/index.ts';

export interface IndexOptions {
	/** The site's language tag (`en-GB`); Pagefind stems words by its primary language. */
	locale: string;
}

/** The folder of the built site that holds the search bundle; the search page loads `<base>pagefind/pagefind.js`. */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/** The number of pages in a written Pagefind bundle, from its `pagefind-entry.json`. */
export function readIndexedPageCount(bundleDir: string): number {
	const entry = JSON.parse(readFileSync(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
	return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/** Whether a built site already has its search bundle. */
export function hasSearchBundle(siteDir: string): boolean {
	return existsSync(join(siteDir, SEARCH_BUNDLE_DIR, 'pagefind-entry.json'));
}

/** The total size in bytes of the pages `indexSite` reads: the HTML files in the entry collections' folders. */
export function measureIndexedHtml(siteDir: string): number {
	let bytes = 0;
	for (const collection of ENTRY_COLLECTIONS) {
		const dir = join(siteDir, collection);
		if (!existsSync(dir)) continue;
		for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) if (file.endsWith('.html')) bytes += statSync(join(dir, file)).size;
	}
	return bytes;
}

/**
 * Builds the Pagefind index of a built site into `<site>/pagefind/`. Only entry pages are read (the collection
 * folders), and of those only the part marked `data-pagefind-body`, so lists, the home page and the search page
 * stay out even on a site with no entries yet. Returns the number of pages indexed.
 */
export async function indexSite(siteDir: string, { locale = 'en' }: Partial<IndexOptions> = {}): Promise<number> {
	const { index, errors } = await pagefind.createIndex({ forceLanguage: locale.split('-')[0]! });
	if (!index) throw new Error(errors.join('; '));
	try {
		const added = await index.addDirectory({ path: siteDir, glob: `{${ENTRY_COLLECTIONS.join(',')}}/**/*.html` });
		if (added.errors.length) throw new Error(added.errors.join('; '));
		const bundleDir = join(siteDir, SEARCH_BUNDLE_DIR);
		const written = await index.writeFiles({ outputPath: bundleDir });
		if (written.errors.length) throw new Error(written.errors.join('; '));
		return readIndexedPageCount(bundleDir);
	} finally {
		await pagefind.close();
	}
}
