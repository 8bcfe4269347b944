import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseFeed } from '../feeds/read-feed.ts';
import { readIndexedPages } from '../search/read-search-index.ts';
import { copyFixtureSite } from '../support/fixture-site.ts';
import { parsePage } from '../support/parse-page.ts';
import { readPage } from '../support/read-dist.ts';
import { runScript } from '../support/run-script.ts';
import { VARIANT_ENV } from '../support/variant-site.ts';
import { addTestCollection, TEST_COLLECTION } from './add-test-collection.ts';
import { marked } from './use-test-locale.ts';

const { id, plural, singular, description, entries, facilitator } = TEST_COLLECTION;

/** The variant build (tests/support/variant-site.ts) has the test collection, under a base path, in the test locale. */
const dist = inject('variantSiteDist');
const BASE = VARIANT_ENV.BASE_PATH;
/** A built page of the variant, parsed. */
const parsed = (path: string) => parsePage(readPage(dist, path));

/** A copy of the fixture site with the test collection, unbuilt, for `npm run new` and `npm run check`. */
let dir: string;
beforeAll(async () => {
	dir = await copyFixtureSite(`registry-${process.pid}`, { ownKit: true });
	addTestCollection(dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a collection added as one module and one line in the list', () => {
	it('is built: an index page listing its entries, and entry pages showing its own facts', () => {
		const index = parsed(`${id}/`).text();
		expect(index).toContain(plural);
		expect(index).toContain(description);
		for (const entry of entries) expect(index).toContain(entry.title);
		for (const entry of entries) {
			const page = parsed(`${id}/${entry.id}/`);
			const facts = page.text('dl.facts');
			expect(facts).toContain(`${marked('Place')} ${entry.venue}`);
			expect(facts).toContain(`${marked('By')} ${facilitator.name}`);
			expect(page.select(`[href="${BASE}people/${facilitator.id}/"]`)).toBeDefined();
			expect(page.text()).toContain(`${singular[0]!.toUpperCase()}${singular.slice(1)} ${entry.title}`);
			expect(page.jsonLd().map((data) => data['@type'])).toContain('Article');
		}
	});

	it('is listed: in the header navigation of every page and under "Browse by type" on the home page', () => {
		for (const path of ['', `${id}/${entries[0].id}/`, 'topics/']) {
			const page = parsed(path);
			const links = page.selectAll(`nav[aria-label="${marked('Main')}"] a[href="${BASE}${id}/"]`);
			expect(
				links.map((link) => page.text(link)),
				path,
			).toContain(plural);
		}
		const types = parsed('').text('section[aria-labelledby="types-heading"]');
		expect(types).toContain(`${plural} ${description} ${marked(`${entries.length} published`)}`);
	});

	it('is fed: its own RSS feed has its entries, and so does the site feed', () => {
		const feed = parseFeed(dist, `${id}/rss.xml`);
		expect(feed.description).toBe(description);
		expect(feed.items.map((item) => item.title).sort()).toEqual(entries.map((entry) => entry.title).sort());
		expect(feed.items.map((item) => new URL(item.link).pathname).sort()).toEqual(entries.map((entry) => `${BASE}${id}/${entry.id}/`).sort());
		const site = parseFeed(dist, 'rss.xml').items.map((item) => item.title);
		for (const entry of entries) expect(site).toContain(entry.title);
	});

	it('is searchable: its pages are in the search index, filtered by its type', () => {
		// Pagefind keeps addresses from the site's folder; the search page adds the base path.
		const pages = readIndexedPages(dist).filter((page) => page.url.startsWith(`/${id}/`));
		expect(pages.map((page) => page.url).sort()).toEqual(entries.map((entry) => `/${id}/${entry.id}/`).sort());
		for (const page of pages) {
			expect(page.filters.type).toEqual([id]);
			expect(page.content).toContain('tried something new together');
		}
		expect(parsed('search/').select(`[value="${id}"]`)).toBeDefined();
	});

	it('is editable: the web editor offers it, with its own fields, in the folder npm run new writes to', () => {
		const config = parseYaml(readFileSync(join(dist, 'admin', 'config.yml'), 'utf8')) as {
			collections: { name: string; label: string; folder?: string; fields?: { name: string; required?: boolean }[] }[];
		};
		const collection = config.collections.find((candidate) => candidate.name === id);
		expect(collection).toMatchObject({ label: plural, folder: `content/${id}` });
		// The editor treats a field as required unless it says `required: false`.
		const field = (name: string) => collection?.fields?.find((candidate) => candidate.name === name);
		expect(field('venue')).toMatchObject({ label: 'Venue', hint: 'Where the workshop was held.' });
		expect(field('venue')?.required ?? true).toBe(true);
		expect(field('facilitator')).toMatchObject({ required: false, widget: 'relation' });
	});

	it('is offered by npm run new, whose draft npm run check flags, and is checked, naming the file and field', () => {
		expect(runScript(dir, 'new', []).stderr).toMatch(new RegExp(`<type> is one of: .*\\b${id}\\n`));

		const created = runScript(dir, 'new', [id, 'A title']);
		expect(created.code, created.output).toBe(0);
		const draft = readFileSync(join(dir, 'content', id, 'a-title.md'), 'utf8');
		expect(draft).toContain('title: A title\n');
		expect(draft).toContain('draft: true\n');
		expect(draft).toContain('# Where the workshop was held.\nvenue: "WRITE: the venue"\n');
		expect(draft).toContain('facilitator: WRITE-person-id\n');

		// A third entry, without the field every workshop needs.
		const broken = join(dir, 'content', id, 'no-venue.md');
		writeFileSync(broken, readFileSync(join(dir, 'content', id, `${entries[0].id}.md`), 'utf8').replace(/^venue: .*\n/m, ''));
		const check = runScript(dir, 'check');
		expect(check.code).toBe(1);
		expect(check.stderr).toMatch(new RegExp(`content/${id}/no-venue\\.md\\n\\s+- venue: `));
		expect(check.stderr).toContain(`content/${id}/a-title.md`);
		expect(check.stderr).toContain('WRITE placeholder');
		for (const entry of entries) expect(check.stderr).not.toContain(`content/${id}/${entry.id}.md`);
	});
});
