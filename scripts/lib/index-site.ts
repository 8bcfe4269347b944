import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind index of a built site into `<site>/pagefind/`. Only pages marked with
 * `data-pagefind-body` (published entries) are indexed. Returns the number of pages indexed.
 */
export async function indexSite(siteDir: string): Promise<number> {
	const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
	if (!index) throw new Error(errors.join('; '));
	try {
		const added = await index.addDirectory({ path: siteDir });
		if (added.errors.length) throw new Error(added.errors.join('; '));
		const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
		if (written.errors.length) throw new Error(written.errors.join('; '));
		return added.page_count;
	} finally {
		await pagefind.close();
	}
}
