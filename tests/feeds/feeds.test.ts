import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTRY_COLLECTIONS } from '../../packages/sharing-care/src/collections/index.ts';
import { UNPUBLISHED_MARKERS } from '../support/fixture-site.ts';
import { parsePage } from '../support/parse-page.ts';
import { listFiles } from '../support/read-dist.ts';
import { builtFileFor, builtSites, resolvesInSite } from './built-sites.ts';
import { listFeedFiles, parseFeed, RFC_822, type ParsedFeed } from './read-feed.ts';

/** The most items a feed holds: the newest entries. */
const FEED_LIMIT = 50;

/** The words of the note an item opens with, and its description ends with, when its entry's date is not a known day (dates.test.ts). */
const DATE_NOTE = /^Published .*\. The day your feed reader gives for this item is approximate\.$/;

/** A built page, parsed, by its file. */
const parsed = (dist: string, file: string) => parsePage(readFileSync(join(dist, file), 'utf8'));

/** Pages that show one entry: BaseLayout marks them `og:type` article. */
function entryPages(dist: string): string[] {
	return listFiles(dist, 'index.html').filter((file) => parsed(dist, file).select('meta[property="og:type"][content="article"]'));
}

/** The built entry pages, newest first, by the publication time each page declares. */
function newestFirst(dist: string, files: string[]): string[] {
	const published = new Map(files.map((file) => [file, parsed(dist, file).attr('meta[property="article:published_time"]', 'content') ?? '']));
	return files.toSorted((a, b) => published.get(b)!.localeCompare(published.get(a)!) || a.localeCompare(b));
}

/** Addresses of entry pages linked from a page's main content, in the order the page lists them. */
function entryLinksOn(site: ReturnType<typeof builtSites>[number], file: string, entries: Set<string>): string[] {
	const page = parsed(site.dist, file);
	const links = new Set<string>();
	for (const link of page.selectAll('main a[href]')) {
		const href = page.attr(link, 'href')!;
		if (href.includes('#')) continue;
		const url = new URL(href, site.home).href;
		const built = builtFileFor(site, url);
		if (built && entries.has(built)) links.add(url);
	}
	return [...links];
}

/** The text of a page's main content, without its contents list: navigation, which a feed item has no use for. */
function mainText(html: string): string {
	return parsePage(html).text('main', 'nav.contents');
}

for (const site of builtSites()) {
	describe(`feeds of the ${site.label} build`, () => {
		const files = listFeedFiles(site.dist);
		const feeds = files.map((file) => parseFeed(site.dist, file));
		const byFile = new Map(feeds.map((feed) => [feed.file, feed]));
		const entries = entryPages(site.dist);
		const entrySet = new Set(entries);
		const topicPages = listFiles(site.dist, 'index.html').filter((file) => /^topics\/[^/]+\/index\.html$/.test(file));
		const seriesPages = listFiles(site.dist, 'index.html').filter((file) => /^series\/[^/]+\/index\.html$/.test(file));

		it('are one for the site, one per content type, one per topic and series page, and one for decisions', () => {
			const expected = [
				'rss.xml',
				...ENTRY_COLLECTIONS.map((collection) => `${collection}/rss.xml`),
				'decisions/rss.xml',
				...topicPages.map((page) => page.replace('index.html', 'rss.xml')),
				...seriesPages.map((page) => page.replace('index.html', 'rss.xml')),
			].sort();
			expect(topicPages.length).toBeGreaterThan(5);
			expect(seriesPages.length).toBeGreaterThan(0);
			expect(files).toEqual(expected);
		});

		it('are well-formed RSS 2.0 with a channel title, link, description and language', () => {
			for (const feed of feeds) {
				expect(feed.xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>'), feed.file).toBe(true);
				expect(feed.xml).toContain('<rss version="2.0"');
				expect(feed.title, feed.file).toMatch(new RegExp(`^${site.config.name}: .+`));
				expect(feed.description.length, feed.file).toBeGreaterThan(10);
				expect(feed.language).toBe(site.config.locale.toLowerCase());
				expect(resolvesInSite(site, feed.link), `${feed.file} links to ${feed.link}`).toBe(true);
			}
		});

		it('link to the page they follow', () => {
			expect(byFile.get('rss.xml')!.link).toBe(site.home);
			expect(byFile.get('blog/rss.xml')!.link).toBe(`${site.home}blog/`);
			expect(byFile.get('decisions/rss.xml')!.link).toBe(`${site.home}decisions/`);
			for (const page of topicPages) expect(byFile.get(page.replace('index.html', 'rss.xml'))!.link).toBe(`${site.home}${page.replace('index.html', '')}`);
		});

		it('each name their own address in one atom:link rel="self", with no trailing slash', () => {
			for (const feed of feeds) {
				expect(feed.selfLinks, feed.file).toEqual([{ href: `${site.home}${feed.file}`, rel: 'self', type: 'application/rss+xml' }]);
			}
		});

		it('point browsers at the feed stylesheet under the base path', () => {
			for (const feed of feeds) expect(feed.stylesheet, feed.file).toEqual({ href: `${site.config.basePath}feed.css`, type: 'text/css' });
			expect(listFiles(site.dist)).toContain('feed.css');
		});

		it('give every item a unique guid equal to its absolute link', () => {
			for (const feed of feeds) {
				const guids = feed.items.map((item) => item.guid);
				expect(new Set(guids).size, feed.file).toBe(guids.length);
				for (const item of feed.items) {
					expect(item.guid).toBe(item.link);
					expect(item.guidIsPermaLink).toBe('true');
					expect(item.link.startsWith(site.home), item.link).toBe(true);
				}
			}
		});

		it('date items in RFC 822, newest first', () => {
			for (const feed of feeds) {
				const times = feed.items.map((item) => {
					expect(item.pubDate, `${feed.file}: ${item.title}`).toMatch(RFC_822);
					return Date.parse(item.pubDate);
				});
				expect(times, feed.file).toEqual(times.toSorted((a, b) => b - a));
			}
		});

		it('link every item to a built page (or a decision anchor on one)', () => {
			for (const feed of feeds) {
				for (const item of feed.items) expect(resolvesInSite(site, item.link), `${feed.file}: ${item.link}`).toBe(true);
			}
		});

		it(`hold the ${FEED_LIMIT} newest published entries in the site feed and each type feed, or all when there are fewer`, () => {
			const links = (feed: ParsedFeed) => feed.items.map((item) => builtFileFor(site, item.link)).sort();
			const newest = (files: string[]) => newestFirst(site.dist, files).slice(0, FEED_LIMIT).sort();
			expect(entries.length).toBeGreaterThan(5);
			expect(links(byFile.get('rss.xml')!)).toEqual(newest(entries));
			for (const collection of ENTRY_COLLECTIONS) {
				expect(links(byFile.get(`${collection}/rss.xml`)!), collection).toEqual(newest(entries.filter((file) => file.startsWith(`${collection}/`))));
			}
		});

		it(`hold the entries their topic or series page lists, up to the ${FEED_LIMIT} newest`, () => {
			for (const page of [...topicPages, ...seriesPages]) {
				const feed = byFile.get(page.replace('index.html', 'rss.xml'))!;
				const listed = entryLinksOn(site, page, entrySet);
				expect(listed.length, page).toBeGreaterThan(0);
				expect(new Set(feed.items.map((item) => item.link)), page).toEqual(new Set(listed.slice(0, FEED_LIMIT)));
			}
		});

		it('carry each entry’s full text, with its summary, topics and authors', () => {
			const feed = byFile.get('rss.xml')!;
			for (const item of feed.items) {
				const page = readFileSync(join(site.dist, builtFileFor(site, item.link)!), 'utf8');
				const parsedContent = parsePage(item.content);
				// The note is a paragraph of its own, in italics, that opens the item.
				const opening = parsedContent.select('body > p:first-child:has(> em:only-child)');
				const note = opening && DATE_NOTE.test(parsedContent.text(opening)) ? parsedContent.text(opening) : undefined;
				const content = parsedContent.text().slice(note ? note.length + 1 : 0);
				const summary = note ? item.description.slice(0, -` ${note}`.length) : item.description;
				if (note) expect(item.description.endsWith(` ${note}`), item.link).toBe(true);
				expect(content.length, item.link).toBeGreaterThan(40);
				expect(mainText(page), item.link).toContain(content);
				expect(parsePage(page).attr('meta[name="description"]', 'content'), item.link).toBe(summary);
				expect(item.title.length).toBeGreaterThan(3);
			}
			const tablets = byFile.get('series/winter-letters/rss.xml')!.items.find((item) => item.link.endsWith('/blog/winter-letters-tablets/'))!;
			expect(tablets.categories).toEqual(['Co-production', 'Digital inclusion', 'Community engagement']);
			expect(tablets.creators).toEqual(['Sam Okafor']);
			expect(parsePage(tablets.content).text()).toContain(
				'Lending tablets to members who had never been online showed us how wide the digital divide in the valley still is.',
			);
			const report = byFile.get('reports/rss.xml')!.items[0]!;
			expect(report.creators.length).toBe(1);
		});

		it('make every address inside item content absolute', () => {
			for (const feed of feeds) {
				for (const item of feed.items) {
					const content = parsePage(item.content);
					for (const element of content.selectAll('[href], [src]')) {
						for (const address of [content.attr(element, 'href'), content.attr(element, 'src')].filter((value) => value !== undefined)) {
							expect(address, `${feed.file}: ${item.link}`).toMatch(/^(https?:|mailto:|tel:)/);
							if (address.startsWith(site.config.url)) expect(resolvesInSite(site, address), address).toBe(true);
						}
					}
				}
			}
		});

		// The base-path build also holds the minutes the web editor tests save (tests/support/editor-saves.ts).
		const withEditorSaves = site.label === 'base-path';

		it('include published minutes with their decisions and actions', () => {
			const minutes = byFile.get('minutes/rss.xml')!;
			expect(minutes.items.map((item) => item.title)).toEqual(
				withEditorSaves
					? [
							'Annual general meeting, 20 May 2025',
							'Board meeting, 9 April 2025',
							'Board meeting, 11 March 2025',
							'Board meeting, 12 March 2025',
							'Board meeting, 15 January 2025',
						]
					: ['Board meeting, 11 March 2025', 'Board meeting, 15 January 2025'],
			);
			const content = parsePage(minutes.items.find((item) => item.title === 'Board meeting, 15 January 2025')!.content).text();
			expect(content).toContain('The board approved the budget for 2025 with a small planned surplus.');
			expect(content).toContain('Draft the membership drive leaflet.');
		});

		it('list each decision once in the decisions feed, linked to its anchor on the register', () => {
			const decisions = byFile.get('decisions/rss.xml')!;
			const register = parsed(site.dist, 'decisions/index.html');
			const anchors = register.selectAll('li[id]').map((item) => register.attr(item, 'id')!);
			expect(anchors.length).toBe(withEditorSaves ? 7 : 4);
			expect(decisions.items.map((item) => new URL(item.link).hash.slice(1)).sort()).toEqual(anchors.toSorted());
			for (const item of decisions.items) expect(item.link.startsWith(`${site.home}decisions/#`)).toBe(true);
			const budget = decisions.items.find((item) => item.link.endsWith('#budget-2025'))!;
			expect(budget.title).toBe('The board approved the budget for 2025 with a small…');
			expect(budget.description).toBe('The board approved the budget for 2025 with a small planned surplus. (Board meeting, 15 January 2025)');
			expect(budget.pubDate).toBe('Mon, 20 Jan 2025 00:00:00 GMT');
			expect(budget.categories).toEqual(['Funding and finance']);
			expect(decisions.items.map((item) => item.pubDate)).toEqual([
				...(withEditorSaves ? ['Wed, 09 Apr 2025 00:00:00 GMT', 'Fri, 14 Mar 2025 00:00:00 GMT', 'Fri, 14 Mar 2025 00:00:00 GMT'] : []),
				'Fri, 14 Mar 2025 00:00:00 GMT',
				'Fri, 14 Mar 2025 00:00:00 GMT',
				'Mon, 20 Jan 2025 00:00:00 GMT',
				'Mon, 20 Jan 2025 00:00:00 GMT',
			]);
		});

		it('are all offered on the subscribe page, each with its address ready to copy', () => {
			const subscribe = parsed(site.dist, 'subscribe/index.html');
			const offered = subscribe.selectAll('input[value]:not([value=""])').map((input) => subscribe.attr(input, 'value')!);
			expect(offered.toSorted()).toEqual(files.map((file) => `${site.home}${file}`).sort());
			const links = subscribe.selectAll('a').map((link) => subscribe.text(link));
			for (const feed of feeds) expect(links, feed.file).toContain(feed.title.slice(site.config.name.length + 2));
		});

		it('never carry a draft or a scheduled entry', () => {
			for (const feed of feeds) {
				const lower = feed.xml.toLowerCase();
				for (const marker of UNPUBLISHED_MARKERS) expect(lower.includes(marker), `${marker} in ${feed.file}`).toBe(false);
				expect(feed.xml).not.toMatch(/fixture-(draft|scheduled)/);
			}
		});
	});
}
