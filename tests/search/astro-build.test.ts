import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readIndexedPageCount } from '../../packages/sharing-care/src/integration/index-site.ts';
import { BULK_POSTS } from '../support/bulk-posts.ts';
import { EDITOR_SAVED_ENTRIES } from '../support/editor-saves.ts';
import { listFiles } from '../support/read-dist.ts';
import { readIndexedPages } from './read-search-index.ts';

/** The root build is `astro build` on its own; the base-path build is `npm run build` on a memory budget too small to index beside Astro. */
const astroOnly = { dist: inject('siteDist'), output: inject('buildOutput').siteDist ?? '' };
const based = { dist: inject('basedSiteDist'), output: inject('buildOutput').basedSiteDist ?? '' };
/** The pages the index holds: entries, and the pages of organisations, people and topics. */
const entryPages = (dist: string) =>
	listFiles(dist, 'index.html').filter((file) => /^(reports|audits|practice|blog|minutes|organisations|people|topics)\/[^/]+\/index\.html$/.test(file));

describe('the search index inside astro build', () => {
	it('is built by astro build on its own, holding every entry page it built', () => {
		const count = readIndexedPageCount(join(astroOnly.dist, 'pagefind'));
		expect(count).toBeGreaterThan(8);
		expect(count).toBe(entryPages(astroOnly.dist).length);
		expect(readIndexedPages(astroOnly.dist)).toHaveLength(count);
	});

	it('starts while images are optimised when memory allows, and says how many pages it indexed', () => {
		const count = readIndexedPageCount(join(astroOnly.dist, 'pagefind'));
		expect(astroOnly.output).toMatch(new RegExp(`Indexed ${count} pages for search in [\\d.]+ s, started as the last page was written`));
	});

	it('indexes the same way in npm run build, with the pages a larger site adds', () => {
		const count = readIndexedPageCount(join(based.dist, 'pagefind'));
		expect(count).toBe(readIndexedPageCount(join(astroOnly.dist, 'pagefind')) + BULK_POSTS + EDITOR_SAVED_ENTRIES.length);
		expect(based.output).toMatch(new RegExp(`Indexed ${count} pages for search in [\\d.]+ s, started as the last page was written`));
	});
});
