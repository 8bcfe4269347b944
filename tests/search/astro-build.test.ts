import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readIndexedPageCount } from '../../packages/sharing-care/src/integration/index-site.ts';
import { BULK_POSTS } from '../support/bulk-posts.ts';
import { EDITOR_SAVED_ENTRIES } from '../support/editor-saves.ts';
import { listFiles } from '../support/read-dist.ts';
import { readIndexedPages } from './read-search-index.ts';

/** The root build is `astro build` on its own; the base-path build is `npm run build`, under a base path. */
const astroOnly = { dist: inject('siteDist'), output: inject('buildOutput').siteDist ?? '' };
const based = { dist: inject('basedSiteDist'), output: inject('buildOutput').basedSiteDist ?? '' };
/** The pages the index holds: entries, and the pages of organisations, people and topics. */
const entryPages = (dist: string) =>
	listFiles(dist, 'index.html').filter((file) => /^(reports|audits|practice|blog|minutes|organisations|people|topics)\/[^/]+\/index\.html$/.test(file));
/** The pages Pagefind reads: those, and the lists of each folder, which it leaves out (they have no `data-pagefind-body`). */
const readPages = (dist: string) =>
	listFiles(dist, '.html').filter((file) => /^(reports|audits|practice|blog|minutes|organisations|people|topics)\//.test(file)).length;
/** What the build says of the index it wrote. */
const indexedLine = (count: number, read: number) =>
	new RegExp(`Indexed ${count} pages for search in [\\d.]+ s after the last page was written, having read ${read} pages as they were built`);

describe('the search index inside astro build', () => {
	it('is built by astro build on its own, holding every entry page it built', () => {
		const count = readIndexedPageCount(join(astroOnly.dist, 'pagefind'));
		expect(count).toBeGreaterThan(8);
		expect(count).toBe(entryPages(astroOnly.dist).length);
		expect(readIndexedPages(astroOnly.dist)).toHaveLength(count);
	});

	it('reads every page as it is built, and says how many pages it indexed', () => {
		const count = readIndexedPageCount(join(astroOnly.dist, 'pagefind'));
		expect(astroOnly.output).toMatch(indexedLine(count, readPages(astroOnly.dist)));
	});

	it('indexes the same way in npm run build, with the pages a larger site adds', () => {
		const count = readIndexedPageCount(join(based.dist, 'pagefind'));
		expect(count).toBe(readIndexedPageCount(join(astroOnly.dist, 'pagefind')) + BULK_POSTS + EDITOR_SAVED_ENTRIES.length);
		expect(based.output).toMatch(indexedLine(count, readPages(based.dist)));
	});
});
