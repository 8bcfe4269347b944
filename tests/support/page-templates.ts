import { findTemplatePages as findKitTemplatePages, type TemplatePage } from '../../packages/sharing-care/src/cli/page-templates.ts';

export { isSearchPage, waitForSearchResults, type TemplatePage } from '../../packages/sharing-care/src/cli/page-templates.ts';

/** The words the search page is checked with: they occur in published entries and fixtures. */
export const SEARCH_QUERY = 'co-production';

/** Entries that stand for their template because they hold the most features (the fixture minutes have decisions and actions). */
const PREFERRED_ENTRIES: Record<string, string> = { minutes: 'board-2025-01-15' };

/**
 * Every page template the site has, each with one built page standing for it (the kit's findTemplatePages, which
 * `sharing-care test` checks too), the search page with results for SEARCH_QUERY. Returns the templates found and
 * the names of those missing.
 */
export function findTemplatePages(dist: string): { pages: TemplatePage[]; missing: string[] } {
	return findKitTemplatePages(dist, { searchQuery: SEARCH_QUERY, preferredEntries: PREFERRED_ENTRIES });
}
