/**
 * How many results the search page shows at first, and adds with "Show more results". Each result costs a
 * fragment download (about 2.5 KB gzipped), so this keeps a first search small on slow connections.
 */
export const SEARCH_PAGE_SIZE = 8;
