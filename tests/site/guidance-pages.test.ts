import { describe, expect, inject, it } from 'vitest';
import { parseFeed } from '../feeds/read-feed.ts';
import { htmlToText, readPage } from '../support/read-dist.ts';

const REPORT = 'reports/learning-report-2024/';
const AUDIT = 'audits/community-audit-2023/';
const NEIGHBOURS = 'blog/winter-letters-neighbours/';

const page = (path: string) => readPage(inject('siteDist'), path);
/** One section of a page by its class, or undefined when the page has none. */
const section = (path: string, name: string) => new RegExp(`<section class="${name}"[\\s\\S]*?</section>`).exec(page(path))?.[0];
const jsonLd = (path: string) => JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page(path))![1]!) as Record<string, unknown>;
const feedItem = (file: string, path: string) => parseFeed(inject('siteDist'), file).items.find((item) => item.link === `https://millbrook.example.org/${path}`)!;

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
		const html = page(REPORT);
		const box = section(REPORT, 'key-points')!;
		expect(box).toMatch(/^<section class="key-points" aria-labelledby="key-points-heading"/);
		expect(box).toMatch(/<h2 id="key-points-heading"[^>]*>\s*At a glance\s*<\/h2>/);
		expect([...box.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map(([, item]) => htmlToText(item!))).toEqual(REPORT_POINTS);
		const at = html.indexOf(box);
		expect(at).toBeGreaterThan(html.indexOf('<dl class="facts"'));
		expect(at).toBeLessThan(html.indexOf('<h2 id="wider-context"'));
	});

	it('appear on every report, audit and practice example, and on nothing else', () => {
		expect(htmlToText(section(AUDIT, 'key-points')!)).toBe('At a glance Small providers know the people they support by name. They can change a visit at short notice, and they are trusted because the same faces turn up each week. Co-production is easier for a small provider, but only if it keeps time for it in every week.');
		expect(htmlToText(section('practice/open-doors-hillcrest/', 'key-points')!)).toContain('Advice: start small, pay people for their time, and let the panel set its own agenda.');
		expect(section(NEIGHBOURS, 'key-points')).toBeUndefined();
		expect(section('minutes/board-2025-01-15/', 'key-points')).toBeUndefined();
	});

	it('open the entry’s content in feeds, in order, before its text', () => {
		for (const file of ['rss.xml', 'reports/rss.xml']) {
			// Only the note on the report's date, known only to the month, comes first (tests/feeds/dates.test.ts).
			const text = htmlToText(feedItem(file, REPORT).content).replace(/^Published about March 2024\. The day your feed reader gives for this item is approximate\. /, '');
			expect(text.startsWith(`At a glance ${REPORT_POINTS.join(' ')} Wider context The winter was hard`), file).toBe(true);
		}
	});
});

describe('review dates and changes', () => {
	it('show when a page was last reviewed and updated, and its changes newest first, after the text', () => {
		const html = page(REPORT);
		const history = section(REPORT, 'page-history')!;
		expect(htmlToText(history)).toBe(REPORT_HISTORY);
		expect(history).toContain('<h2 id="page-history-heading"');
		expect(history).toContain('<time datetime="2025-10-06">6 October 2025</time>');
		expect(html.indexOf(history)).toBeGreaterThan(html.indexOf('Next quarter we will publish a guide'));
	});

	it('give the latest change as the update beside the publication date', () => {
		// The reading time closes the line.
		const dateLine = (path: string) => htmlToText(/<p class="date[\s\S]*?<\/p>/.exec(page(path))![0]).replace(/ · \d+ minutes? to read$/, '');
		expect(dateLine(REPORT)).toBe('Published about March 2024, updated 14 February 2025');
		expect(dateLine(NEIGHBOURS)).toBe('Published February 2025 (approximate: the source gives no date), updated 20 February 2025');
	});

	it('list the changes to any entry, and an update given only as a date, with no review date outside guidance', () => {
		expect(htmlToText(section(NEIGHBOURS, 'page-history')!)).toBe(
			'Page history Last updated 20 February 2025 Changes to this page 20 February 2025: Said how long the snow closed the valley roads.',
		);
		expect(htmlToText(section('minutes/board-2025-01-15/', 'page-history')!)).toBe('Page history Last updated 14 March 2025');
	});

	it('leave the page history out when a page has no review date, update or change', () => {
		expect(section(AUDIT, 'page-history')).toBeUndefined();
		expect(section('blog/winter-letters-tablets/', 'page-history')).toBeUndefined();
	});

	it('are in the structured data: the latest change as dateModified, the review as the page’s lastReviewed', () => {
		expect(jsonLd(REPORT)).toMatchObject({ datePublished: '2024-03', dateModified: '2025-02-14', mainEntityOfPage: { '@type': 'WebPage', lastReviewed: '2025-10-06' } });
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
		expect(htmlToText(report.content)).toContain('members will read a draft at the June meeting before it goes out. Documents ');
		expect(htmlToText(report.content).endsWith(` ${REPORT_HISTORY}`)).toBe(true);
		expect(report.modified).toBe('2025-02-14');
		expect(report.pubDate).toBe('Sun, 31 Mar 2024 00:00:00 GMT');
		expect(feedItem('rss.xml', NEIGHBOURS).modified).toBe('2025-02-20');
		expect(feedItem('rss.xml', AUDIT).modified).toBeUndefined();
		expect(htmlToText(feedItem('rss.xml', AUDIT).content)).not.toContain('Page history');
	});
});
