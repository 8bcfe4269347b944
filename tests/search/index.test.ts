import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, parse } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ENTRY_COLLECTIONS as COLLECTIONS, isEntryFile } from '../../packages/sharing-care/src/collections/index.ts';
import { EDITOR_PAGE } from '../../packages/sharing-care/src/editor/editor-files.ts';
import { readIndexedPageCount } from '../../packages/sharing-care/src/integration/index-site.ts';
import { EDITOR_SAVED_ENTRIES } from '../support/editor-saves.ts';
import { BULK_POSTS, bulkPath } from '../support/bulk-posts.ts';
import { UNPUBLISHED_MARKERS } from '../support/fixture-site.ts';
import { BASED } from '../support/test-builds.ts';
import { parsePage } from '../support/parse-page.ts';
import { listFiles, readPage } from '../support/read-dist.ts';
import { readIndexedPages } from './read-search-index.ts';

const FACETS = ['type', 'topic', 'organisation', 'author', 'year'];

interface SourceEntry {
	path: string;
	published: boolean;
	topics: string[];
}

/** The entries of a build, read from its content files: published unless a draft or dated in the future. */
function sourceEntries(dist: string): SourceEntry[] {
	const content = join(dirname(dist), 'content');
	return COLLECTIONS.flatMap((collection) => {
		const dir = join(content, collection);
		if (!existsSync(dir)) return [];
		return readdirSync(dir)
			.filter(isEntryFile)
			.map((file) => {
				const frontmatter = parseYaml(readFileSync(join(dir, file), 'utf8').split(/^---$/m)[1] ?? '') as {
					draft?: boolean;
					date: string | Date;
					topics?: string[];
				};
				const published = !frontmatter.draft && new Date(frontmatter.date).getTime() <= Date.now();
				return { path: `/${collection}/${parse(file).name}/`, published, topics: frontmatter.topics ?? [] };
			});
	});
}

const siteDist = () => inject('siteDist');

/** The folders of the pages that stand for a name, indexed beside the entries so a search for the name finds its page. */
const NAMED = ['organisations', 'people', 'topics'];

/** The address of each organisation's, person's and topic's page in a build: `/topics/co-production/`. */
const namedPages = (dist: string) =>
	listFiles(dist, 'index.html')
		.map((file) => file.split('/'))
		.filter((parts) => parts.length === 3 && NAMED.includes(parts[0]!))
		.map(([folder, id]) => `/${folder}/${id}/`);

/** The indexed pages of a build that are entries (not the pages of names). */
const indexedEntries = (dist: string) => readIndexedPages(dist).filter((page) => !NAMED.includes(page.url.split('/')[1]!));

describe('the search index of a build', () => {
	it('is written to dist/pagefind with the script the search page loads', () => {
		for (const dist of [inject('siteDist'), inject('basedSiteDist')]) {
			for (const file of ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'wasm.en.pagefind'])
				expect(existsSync(join(dist, 'pagefind', file)), file).toBe(true);
		}
	});

	it('holds every published entry, the page of each organisation, person and topic, and nothing else', () => {
		const entries = sourceEntries(siteDist());
		const published = entries.filter((entry) => entry.published).map((entry) => entry.path);
		expect(published.length).toBeGreaterThan(8);
		const named = namedPages(siteDist());
		for (const folder of NAMED) expect(named.filter((path) => path.startsWith(`/${folder}/`)).length, folder).toBeGreaterThan(0);
		const indexed = readIndexedPages(siteDist()).map((page) => page.url);
		expect(readIndexedPageCount(join(siteDist(), 'pagefind'))).toBe(published.length + named.length);
		expect(indexed.sort()).toEqual([...published, ...named].sort());
	});

	it('holds no draft or scheduled entry, not even a word of one', () => {
		const unpublished = sourceEntries(siteDist()).filter((entry) => !entry.published);
		expect(unpublished.length).toBeGreaterThanOrEqual(4);
		const pages = readIndexedPages(siteDist());
		for (const page of pages) {
			expect(unpublished.map((entry) => entry.path)).not.toContain(page.url);
			const text = JSON.stringify(page).toLowerCase();
			for (const marker of UNPUBLISHED_MARKERS) expect(text.includes(marker), `${marker} in ${page.url}`).toBe(false);
		}
	});

	it('indexes entry text, not the header, navigation or footer around it', () => {
		const home = parsePage(readPage(siteDist(), '/'));
		const footer = home.text('footer');
		const skipLink = home.text('a.skip-link');
		expect(footer.length).toBeGreaterThan(20);
		expect(skipLink).toBe('Skip to main content');
		for (const page of indexedEntries(siteDist())) {
			expect(page.content).not.toContain(footer.slice(0, 40));
			expect(page.content).not.toContain(skipLink);
			expect(page.content).not.toContain('Search the site');
			// The title is there, and the body text. The summary is indexed once, as metadata (its words are found
			// through it: tests/search/ranking.test.ts), not a second time as text.
			expect(page.content).toContain(page.meta.title);
			expect(page.meta.summary?.length).toBeGreaterThan(20);
			expect(page.content).not.toContain(page.meta.summary);
		}
		const report = readIndexedPages(siteDist()).find((page) => page.url === '/reports/learning-report-2024/');
		expect(report?.content).toContain('Ravensgill');
		// The report's body runs to about 200 words.
		expect(report?.word_count).toBeGreaterThan(180);
	});

	it('gives every entry its type, topics, year and date, and keeps the facet values out of the text', () => {
		const entries = new Map(sourceEntries(siteDist()).map((entry) => [entry.path, entry]));
		for (const page of indexedEntries(siteDist())) {
			const collection = page.url.split('/')[1]!;
			expect(
				Object.keys(page.filters).every((facet) => FACETS.includes(facet)),
				page.url,
			).toBe(true);
			expect(page.filters.type).toEqual([collection]);
			expect(page.meta.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(page.filters.year).toEqual([page.meta.date!.slice(0, 4)]);
			for (const topic of entries.get(page.url)!.topics) expect(page.filters.topic).toContain(topic);
			expect(page.meta.type).toBeTruthy();
			expect(page.meta.published).toBeTruthy();
			expect(page.content).not.toContain(page.meta.date);
		}
		const practice = readIndexedPages(siteDist()).find((page) => page.url === '/practice/open-doors-hillcrest/');
		expect(practice?.filters).toMatchObject({ type: ['practice'], organisation: ['hillcrest-borough-council'], year: ['2019'] });
		expect(practice?.meta.published).toBe('about 2019');
		const post = readIndexedPages(siteDist()).find((page) => page.url === '/blog/winter-letters-tablets/');
		expect(post?.filters).toMatchObject({ author: ['sam-okafor'], organisation: ['valley-digital-skills'] });
	});

	it('is the same set of pages under a base path (with its generated posts and what the editor tests save), with links resolved by the search page at run time', () => {
		const based = readIndexedPages(inject('basedSiteDist')).map((page) => page.url);
		const generated = Array.from({ length: BULK_POSTS }, (_, index) => `/${bulkPath(index)}`);
		const saved = EDITOR_SAVED_ENTRIES.map((entry) => `/${entry}`);
		expect(saved.length).toBe(4);
		expect(based.sort()).toEqual([...readIndexedPages(siteDist()).map((page) => page.url), ...generated, ...saved].sort());
	});
});

describe('the search page', () => {
	const html = () => readPage(siteDist(), 'search/');
	const page = () => parsePage(html());

	it('is not in the index, where only entries and the pages of names are', () => {
		expect(html()).not.toContain('data-pagefind-body');
		const indexed = listFiles(siteDist(), '.html').filter((file) => readFileSync(join(siteDist(), file), 'utf8').includes('data-pagefind-body'));
		expect(indexed.length).toBe(readIndexedPages(siteDist()).length);
	});

	it('has no inline script, only one external module, which no other page loads', () => {
		const search = page();
		const code = search.selectAll('script:not([type="application/json"], [type="application/ld+json"])');
		expect(code.length).toBeGreaterThanOrEqual(1);
		for (const script of code) {
			expect(search.attr(script, 'src')).toBeTruthy();
			expect(search.text(script)).toBe('');
		}
		const searchScript = code.map((script) => search.attr(script, 'src')!).find((src) => readFileSync(join(siteDist(), src), 'utf8').includes('pagefind.js'));
		expect(searchScript).toBeDefined();
		for (const file of listFiles(siteDist(), '.html').filter((file) => file !== 'search/index.html')) {
			const page = readFileSync(join(siteDist(), file), 'utf8');
			expect(page.includes(searchScript!), file).toBe(false);
			expect(page.includes('pagefind/'), file).toBe(false);
		}
	});

	it('explains, without JavaScript, that search needs it and links to the browse pages', () => {
		const search = page();
		const noscript = search.select('noscript')!;
		expect(search.text(noscript)).toContain('Search needs JavaScript');
		const links = search.selectAll('[href]', noscript).map((link) => search.attr(link, 'href')!);
		expect(links).toEqual(expect.arrayContaining(['/practice/', '/reports/', '/blog/', '/topics/']));
		for (const link of links) expect(existsSync(join(siteDist(), link, 'index.html')), link).toBe(true);
	});

	it('offers every facet value of the published entries as a filter', () => {
		const search = page();
		const values = new Set(search.selectAll('input[type="checkbox"][name][value]').map((box) => `${search.attr(box, 'name')}=${search.attr(box, 'value')}`));
		for (const page of readIndexedPages(siteDist())) {
			for (const [facet, list] of Object.entries(page.filters))
				for (const value of list) expect(values.has(`${facet}=${value}`), `${facet}=${value}`).toBe(true);
		}
	});
});

describe('the header search box', () => {
	it('is a plain form on every page that sends the words to the search page, under the base path too', () => {
		for (const [dist, action] of [
			[inject('siteDist'), '/search/'],
			[inject('basedSiteDist'), `${BASED.BASE_PATH}search/`],
		] as const) {
			// Every page for readers: the web editor's page is the board's tool (tests/editor/).
			const pages = listFiles(dist, '.html').filter((file) => file !== EDITOR_PAGE);
			expect(pages.length).toBeGreaterThan(20);
			for (const file of pages) {
				const page = parsePage(readFileSync(join(dist, file), 'utf8'));
				const form = page.select('form.header-search');
				expect(form, file).toBeDefined();
				expect(page.attr(form!, 'action')).toBe(action);
				expect(page.attr(form!, 'method')).toBe('get');
				expect(page.select('input[name="q"]', form)).toBeDefined();
			}
		}
	});
});
