import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** The folder of the built site that holds the search bundle; the search page loads `<base>pagefind/pagefind.js`. */
export const SEARCH_BUNDLE_DIR = 'pagefind';

/** The number of pages in a written Pagefind bundle, from its `pagefind-entry.json`. */
export function readIndexedPageCount(bundleDir: string): number {
	const entry = JSON.parse(readFileSync(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
	return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/**
 * Builds the Pagefind index of a built site into `<site>/pagefind/`. Pagefind reads every HTML file but indexes
 * only pages marked with `data-pagefind-body` (published entries), so lists, the home page and the search page
 * stay out. Returns the number of pages indexed.
 */
export async function indexSite(siteDir: string): Promise<number> {
	const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
	if (!index) throw new Error(errors.join('; '));
	try {
		const added = await index.addDirectory({ path: siteDir });
		if (added.errors.length) throw new Error(added.errors.join('; '));
		const bundleDir = join(siteDir, SEARCH_BUNDLE_DIR);
		const written = await index.writeFiles({ outputPath: bundleDir });
		if (written.errors.length) throw new Error(written.errors.join('; '));
		return readIndexedPageCount(bundleDir);
	} finally {
		await pagefind.close();
	}
}
