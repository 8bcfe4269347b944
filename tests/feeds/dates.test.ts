import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parsePage } from '../support/parse-page.ts';
import { listFiles, readPage } from '../support/read-dist.ts';
import { parseFeed, type FeedItem } from './read-feed.ts';

/**
 * Dates that are not a known day (only a month or a year, an estimate, or the editor's estimate for an undated
 * source) are written no more exactly than they are known: structured data uses ISO 8601's reduced precision, and
 * a feed, which must give each item a whole day, says in the item that its day is approximate, in the words of the
 * entry's page.
 */
const dist = inject('siteDist');
const HOME = 'https://millbrook.example.org/';

/** Entries of the fixture site, by how exact their dates are. */
const EXACT = 'blog/winter-letters-tablets/';
const MONTH = 'audits/community-audit-2023/';
const ABOUT_MONTH = 'reports/learning-report-2024/';
const UNDATED_MONTH = 'blog/winter-letters-neighbours/';
const ABOUT_YEAR = 'practice/open-doors-hillcrest/';

const AFTER_NOTE = 'The day your feed reader gives for this item is approximate.';

const item = (feed: string, path: string): FeedItem => parseFeed(dist, feed).items.find((one) => one.link === `${HOME}${path}`)!;
const parsed = (path: string) => parsePage(readPage(dist, path));
const jsonLd = (path: string) => parsed(path).jsonLd()[0]!;
const metaDescription = (path: string) => parsed(path).attr('meta[name="description"]', 'content')!;
/** "Published …" as the entry's page says it, without the update and reading time that may follow. */
const publishedLine = (path: string) =>
	parsed(path)
		.text('p.date')
		.replace(/ · \d+ minutes? to read$/, '')
		.replace(/, updated .*$/, '');

describe('an entry whose date is not a known day', () => {
	const cases = [
		{ path: MONTH, feed: 'audits/rss.xml', published: 'Published October 2023', pubDate: 'Sun, 01 Oct 2023 00:00:00 GMT', jsonLd: '2023-10' },
		{ path: ABOUT_MONTH, feed: 'reports/rss.xml', published: 'Published about March 2024', pubDate: 'Sun, 31 Mar 2024 00:00:00 GMT', jsonLd: '2024-03' },
		{
			path: UNDATED_MONTH,
			feed: 'series/winter-letters/rss.xml',
			published: 'Published February 2025 (approximate: the source gives no date)',
			pubDate: 'Thu, 06 Feb 2025 00:00:00 GMT',
			jsonLd: '2025-02',
		},
		{ path: ABOUT_YEAR, feed: 'practice/rss.xml', published: 'Published about 2019', pubDate: 'Tue, 01 Jan 2019 00:00:00 GMT', jsonLd: '2019' },
	];

	it('is shown on its page as the feeds and structured data below repeat it', () => {
		for (const { path, published } of cases) expect(publishedLine(path), path).toBe(published);
	});

	it('keeps a whole day in its feed items, and says first thing in the item, in the page’s words, that the day is approximate', () => {
		for (const { path, feed, published, pubDate } of cases) {
			const note = `${published}. ${AFTER_NOTE}`;
			for (const file of [feed, 'rss.xml']) {
				const one = item(file, path);
				expect(one, `${path} in ${file}`).toBeDefined();
				expect(one.pubDate, path).toBe(pubDate);
				const content = parsePage(one.content);
				expect(content.text().startsWith(`${note} `), path).toBe(true);
				// The item opens with the note, a paragraph of its own, in italics.
				expect(content.text('body > p:first-child:has(> em:only-child)'), path).toBe(note);
				expect(one.description, path).toBe(`${metaDescription(path)} ${note}`);
			}
		}
	});

	it('gives its publication date in structured data only as exactly as it is known', () => {
		for (const { path, jsonLd: published } of cases) expect(jsonLd(path).datePublished, path).toBe(published);
		// With no update, the page was last modified when it was published, to the same precision.
		expect(jsonLd(MONTH)).toMatchObject({ datePublished: '2023-10', dateModified: '2023-10' });
		expect(jsonLd(ABOUT_YEAR)).toMatchObject({ datePublished: '2019', dateModified: '2019' });
		// An update is a day, known exactly.
		expect(jsonLd(ABOUT_MONTH)).toMatchObject({ datePublished: '2024-03', dateModified: '2025-02-14' });
		expect(jsonLd(UNDATED_MONTH)).toMatchObject({ datePublished: '2025-02', dateModified: '2025-02-20' });
	});
});

describe('an entry whose date is a known day', () => {
	it('is fed and described exactly as before: its day, its summary, its text, and no note', () => {
		expect(publishedLine(EXACT)).toBe('Published 9 January 2025');
		for (const file of ['blog/rss.xml', 'series/winter-letters/rss.xml', 'rss.xml']) {
			const one = item(file, EXACT);
			expect(one.pubDate).toBe('Thu, 09 Jan 2025 00:00:00 GMT');
			expect(one.description).toBe(metaDescription(EXACT));
			expect(parsePage(one.content).text().startsWith('Lending tablets to members who had never been online')).toBe(true);
			expect(one.content).not.toContain(AFTER_NOTE);
		}
		expect(jsonLd(EXACT)).toMatchObject({ datePublished: '2025-01-09', dateModified: '2025-01-09' });
	});
});

describe('the sitemap', () => {
	it('gives no page a date, so it invents no day for an entry whose date is not one', () => {
		const sitemaps = listFiles(dist, '.xml').filter((file) => /^sitemap-\d+\.xml$/.test(file));
		expect(sitemaps.length).toBeGreaterThan(0);
		for (const file of sitemaps) expect(readFileSync(join(dist, file), 'utf8')).not.toContain('<lastmod>');
	});
});
