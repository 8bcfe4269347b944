import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { ENTRY_COLLECTIONS } from '../data/paths.ts';

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
