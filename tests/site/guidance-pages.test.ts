import { describe, expect, inject, it } from 'vitest';
import { parseFeed } from '../feeds/read-feed.ts';
import { parsePage } from '../support/parse-page.ts';
import { readPage } from '../support/read-dist.ts';

const REPORT = 'reports/learning-report-2024/';
const AUDIT = 'audits/community-audit-2023/';
const NEIGHBOURS = 'blog/winter-letters-neighbours/';

const page = (path: string) => parsePage(readPage(inject('siteDist'), path));
/** The text of one section of a page, by its class, or undefined when the page has none. */
const sectionText = (path: string, name: string) => {
	const parsed = page(path);
	const section = parsed.select(`section.${name}`);
	return section && parsed.text(section);
};
const jsonLd = (path: string) => page(path).jsonLd()[0]!;
const feedItem = (file: string, path: string) =>
	parseFeed(inject('siteDist'), file).items.find((item) => item.link === `https://millbrook.example.org/${path}`)!;
/** The text of an item's content in a feed. */
const contentText = (file: string, path: string) => parsePage(feedItem(file, path).content).text();

const REPORT_POINTS = [
	'The co-op grew from nine to fourteen care workers, all of them members.',
	'The board now publishes its minutes and invites members to every second meeting.',
	'An open evening at the Ravensgill Institute drew 31 people, and a second evening drew 17 who had never heard of a care co-operative.',
	'Recruiting drivers remains the hardest part.',
];
const REPORT_HISTORY =
	'Page history Last reviewed 6 October 2025 Last updated 14 February 2025 Changes to this page 14 February 2025: Corrected the date of the first open evening. 2 May 2024: Added the number of people at the second open evening.';

describe('key points', () => {
	it('are listed under “At a glance” after the title and facts, before the text', () => {
		const report = page(REPORT);
		const box = report.select('section.key-points')!;
		expect(report.attr(box, 'aria-labelledby')).toBe('key-points-heading');
		expect(report.text('section.key-points h2#key-points-heading')).toBe('At a glance');
		expect(report.selectAll('li', box).map((item) => report.text(item))).toEqual(REPORT_POINTS);
		// In document order: the facts, the key points, then the text.
		expect(report.selectAll('dl.facts, section.key-points, h2#wider-context').map((element) => element.tagName)).toEqual(['dl', 'section', 'h2']);
	});

	it('appear on every report, audit and practice example, and on nothing else', () => {
		expect(sectionText(AUDIT, 'key-points')).toBe(
			'At a glance Small providers know the people they support by name. They can change a visit at short notice, and they are trusted because the same faces turn up each week. Co-production is easier for a small provider, but only if it keeps time for it in every week.',
		);
		expect(sectionText('practice/open-doors-hillcrest/', 'key-points')).toContain(
			'Advice: start small, pay people for their time, and let the panel set its own agenda.',
		);
		expect(sectionText(NEIGHBOURS, 'key-points')).toBeUndefined();
		expect(sectionText('minutes/board-2025-01-15/', 'key-points')).toBeUndefined();
	});

	it('open the entry’s content in feeds, in order, before its text', () => {
		for (const file of ['rss.xml', 'reports/rss.xml']) {
			// Only the note on the report's date, known only to the month, comes first (tests/feeds/dates.test.ts).
			const text = contentText(file, REPORT).replace(/^Published about March 2024\. The day your feed reader gives for this item is approximate\. /, '');
			expect(text.startsWith(`At a glance ${REPORT_POINTS.join(' ')} Wider context The winter was hard`), file).toBe(true);
		}
	});
});

describe('review dates and changes', () => {
	it('show when a page was last reviewed and updated, and its changes newest first, after the text', () => {
		const report = page(REPORT);
		const history = report.select('section.page-history')!;
		expect(report.text(history)).toBe(REPORT_HISTORY);
		expect(report.select('h2#page-history-heading', history)).toBeDefined();
		expect(report.selectAll('time[datetime="2025-10-06"]', history).map((time) => report.text(time))).toEqual(['6 October 2025']);
		// After the text, in document order.
		const order = report.selectAll('.prose p, section.page-history');
		const guide = order.findIndex((element) => report.text(element).includes('Next quarter we will publish a guide'));
		expect(guide).toBeGreaterThan(-1);
		expect(order.indexOf(history)).toBeGreaterThan(guide);
	});

	it('give the latest change as the update beside the publication date', () => {
		// The reading time closes the line.
		const dateLine = (path: string) =>
			page(path)
				.text('p.date')
				.replace(/ · \d+ minutes? to read$/, '');
		expect(dateLine(REPORT)).toBe('Published about March 2024, updated 14 February 2025');
		expect(dateLine(NEIGHBOURS)).toBe('Published February 2025 (approximate: the source gives no date), updated 20 February 2025');
	});

	it('list the changes to any entry, and an update given only as a date, with no review date outside guidance', () => {
		expect(sectionText(NEIGHBOURS, 'page-history')).toBe(
			'Page history Last updated 20 February 2025 Changes to this page 20 February 2025: Said how long the snow closed the valley roads.',
		);
		expect(sectionText('minutes/board-2025-01-15/', 'page-history')).toBe('Page history Last updated 14 March 2025');
	});

	it('leave the page history out when a page has no review date, update or change', () => {
		expect(sectionText(AUDIT, 'page-history')).toBeUndefined();
		expect(sectionText('blog/winter-letters-tablets/', 'page-history')).toBeUndefined();
	});

	it('are in the structured data: the latest change as dateModified, the review as the page’s lastReviewed', () => {
		expect(jsonLd(REPORT)).toMatchObject({
			datePublished: '2024-03',
			dateModified: '2025-02-14',
			mainEntityOfPage: { '@type': 'WebPage', lastReviewed: '2025-10-06' },
		});
		expect(jsonLd(NEIGHBOURS)).toMatchObject({ datePublished: '2025-02', dateModified: '2025-02-20' });
		const audit = jsonLd(AUDIT);
		expect(audit).toMatchObject({ datePublished: '2023-10', dateModified: '2023-10' });
		expect(audit.mainEntityOfPage).not.toHaveProperty('lastReviewed');
	});

	it('are in feeds: the history closes the item’s content, and the latest change is its dcterms:modified', () => {
		const feed = parseFeed(inject('siteDist'), 'reports/rss.xml');
		expect(feed.namespaces.dcterms).toBe('http://purl.org/dc/terms/');
		const report = feedItem('reports/rss.xml', REPORT);
		// After the text and the report's documents (tests/board/attachments.test.ts).
		expect(contentText('reports/rss.xml', REPORT)).toContain('members will read a draft at the June meeting before it goes out. Documents ');
		expect(contentText('reports/rss.xml', REPORT).endsWith(` ${REPORT_HISTORY}`)).toBe(true);
		expect(report.modified).toBe('2025-02-14');
		expect(report.pubDate).toBe('Sun, 31 Mar 2024 00:00:00 GMT');
		expect(feedItem('rss.xml', NEIGHBOURS).modified).toBe('2025-02-20');
		expect(feedItem('rss.xml', AUDIT).modified).toBeUndefined();
		expect(contentText('rss.xml', AUDIT)).not.toContain('Page history');
	});
});
