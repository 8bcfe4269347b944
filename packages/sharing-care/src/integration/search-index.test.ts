import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { page, removeTempSites, writeTempSite } from '../../test/support/temp-site.ts';
import { indexAsBuilt, PAGES_PER_BATCH, readIndexedPageCount } from './index-site.ts';
import { pageFileOf } from './search-index.ts';

afterAll(removeTempSites);

describe('pageFileOf', () => {
	it('gives the file Astro writes for a page’s address, under the base path or not', () => {
		expect(pageFileOf('/blog/first-post/', '/')).toBe('blog/first-post/index.html');
		expect(pageFileOf('/blog/first-post', '/')).toBe('blog/first-post/index.html');
		expect(pageFileOf('/coop-kit/topics/co-production/', '/coop-kit/')).toBe('topics/co-production/index.html');
		expect(pageFileOf('/', '/')).toBe('index.html');
		expect(pageFileOf('/404.html', '/')).toBe('404.html');
		expect(pageFileOf('/blog/caf%C3%A9-day/', '/')).toBe('blog/café-day/index.html');
		expect(pageFileOf('/elsewhere/', '/coop-kit/')).toBeUndefined();
	});
});

describe('indexAsBuilt', () => {
	/** More pages than one batch holds, each with a body for the index, and a list page Pagefind leaves out. */
	const files = Array.from({ length: PAGES_PER_BATCH + 30 }, (_, at) => `blog/post-${String(at).padStart(3, '0')}/index.html`);
	const site = () =>
		writeTempSite({
			'blog/index.html': page('/blog/', '<h1>All posts</h1>'),
			...Object.fromEntries(
				files.map((file, at) => [file, page(`/${file}`, `<main data-pagefind-body><h1>Post ${at}</h1><p>Words of post number ${at}.</p></main>`)]),
			),
		});
	/** Builds the index of a fresh copy of the site, giving it `given` of its pages in that order; returns what it wrote. */
	async function index(given: readonly string[]) {
		const dir = site();
		const indexing = indexAsBuilt(dir, join(dir, '..', `${dir.split('/').at(-1)}-copies`), ['blog/index.html', ...files]);
		for (const file of given) indexing.add(file, readFileSync(join(dir, file)));
		const pages = await indexing.finish();
		const entry = JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string }> };
		return { pages, counted: readIndexedPageCount(join(dir, 'pagefind')), hash: entry.languages.en!.hash, read: indexing.givenAsBuilt };
	}

	it('indexes every page given, and writes the same index whatever order the pages were built in', async () => {
		const inOrder = await index(['blog/index.html', ...files]);
		const reversed = await index([...files].reverse());
		expect(inOrder).toMatchObject({ pages: files.length, counted: files.length, read: files.length + 1 });
		expect(reversed.pages).toBe(files.length);
		expect(reversed.hash).toBe(inOrder.hash);
	});

	it('indexes the pages that never came through add, as Astro’s build cache restores them, from the built site', async () => {
		const some = await index(files.filter((_, at) => at % 7 !== 0));
		expect(some.pages).toBe(files.length);
		expect(some.read).toBeLessThan(files.length);
	});
});
