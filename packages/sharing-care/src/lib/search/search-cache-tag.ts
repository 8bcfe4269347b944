/**
 * The attribute of the search page's preload link to Pagefind's entry file that holds the index's cache tag
 * (integration/preload-search-index.ts writes it; the <site-search> element hands it to Pagefind as `metaCacheTag`).
 */
export const CACHE_TAG_ATTRIBUTE = 'data-search-cache-tag';
