import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { runAxe } from '../../packages/sharing-care/src/cli/run-axe.ts';
import { parseFeed } from '../feeds/read-feed.ts';
import { browseSite } from '../support/browse-site.ts';
import { FIXTURE_DOCUMENTS } from '../support/fixture-documents.ts';
import { fixtureConfig } from '../support/fixture-site.ts';
import { parsePage } from '../support/parse-page.ts';
import { readPage } from '../support/read-dist.ts';
import { BASED } from '../support/test-builds.ts';

/**
 * Board papers: the documents minutes and reports publish (`attachments`), on the fixture site's built pages (its
 * March 2025 minutes publish a PDF of three pages, its learning report a CSV file), as files at their links, in the
 * feeds as enclosures, and under a base path.
 */

const dist = inject('siteDist');
const based = inject('basedSiteDist');
const { boardPapers, reportFigures } = FIXTURE_DOCUMENTS;
const EMAIL = fixtureConfig.contact!.email!;

/** What a page's list of documents shows: each document's title, link and the line about it, and its request link. */
interface ListedDocument {
	title: string;
	href: string;
	metadata: string;
	request?: { text: string; href: string; describedBy: string; titleId: string };
}

/** The documents section of an entry's page: its heading and each document as a reader meets it. */
function documentsOn(html: string): { heading: string | undefined; documents: ListedDocument[] } {
	const page = parsePage(html);
	const section = page.select('section.attachments');
	if (!section) return { heading: undefined, documents: [] };
	const heading = page.select('h2', section);
	// Each document is an item of the section's list: its title (a heading, linked to the file), the line about it, and the request link.
	const documents = page.selectAll('li:has(h3)', section).map((item): ListedDocument => {
		const title = page.select('h3', item)!;
		const metadata = page.select('p.metadata', item);
		const request = page.select('a[href^="mailto:"]', item);
		return {
			title: page.text(title),
			href: page.attr(page.select('a', title)!, 'href')!,
			metadata: metadata ? page.text(metadata) : '',
			...(request
				? {
						request: {
							text: page.text(request),
							href: page.attr(request, 'href')!,
							describedBy: page.attr(request, 'aria-describedby') ?? '',
							titleId: page.attr(title, 'id') ?? '',
						},
					}
				: {}),
		};
	});
	return { heading: heading && page.text(heading), documents };
}

/** A size as GOV.UK writes a small file's: whole kilobytes of 1,024 bytes, or bytes under one. */
const sizeOf = (bytes: number) => (bytes < 1024 ? `${bytes} bytes` : `${Math.round(bytes / 1024)} KB`);

describe('an entry’s documents, on its page', () => {
	it('lists a PDF with its title linked to the file, "PDF", its real size and its three pages', () => {
		const { heading, documents } = documentsOn(readPage(dist, boardPapers.entry));
		expect(heading).toBe('Documents');
		expect(documents).toMatchObject([
			{ title: boardPapers.title, href: `/${boardPapers.entry}board-papers-2025-03.pdf`, metadata: `PDF, ${sizeOf(boardPapers.bytes.length)}, 3 pages` },
		]);
		expect(boardPapers.bytes.length).toBeGreaterThan(1024);
	});

	it('lists a CSV file with its type and size, and no pages', () => {
		const { documents } = documentsOn(readPage(dist, reportFigures.entry));
		expect(documents).toMatchObject([
			{ title: reportFigures.title, href: `/${reportFigures.entry}learning-report-2024-figures.csv`, metadata: `CSV, ${reportFigures.bytes.length} bytes` },
		]);
	});

	it('offers each document in an accessible format by email to the co-op, the document’s title in the subject', () => {
		const [document] = documentsOn(readPage(dist, boardPapers.entry)).documents;
		expect(document!.request).toBeDefined();
		const { text, href, describedBy, titleId } = document!.request!;
		expect(text).toBe('Request an accessible format of this document');
		const address = new URL(href);
		expect(address.protocol).toBe('mailto:');
		expect(address.pathname).toBe(EMAIL);
		expect(address.searchParams.get('subject')).toBe(`Request for an accessible format of ${boardPapers.title}`);
		// Screen readers read which document the link is for.
		expect(describedBy).toBe(titleId);
		expect(titleId).not.toBe('');
	});

	it('publishes each file at its link, byte for byte, on the root build and under the base path', () => {
		for (const { entry, file, bytes } of [boardPapers, reportFigures]) {
			const name = file.split('/').at(-1)!;
			expect(readFileSync(join(dist, entry, name))).toEqual(bytes);
			expect(readFileSync(join(based, entry, name))).toEqual(bytes);
		}
		const [document] = documentsOn(readPage(based, boardPapers.entry)).documents;
		expect(document!.href).toBe(`${BASED.BASE_PATH}${boardPapers.entry}board-papers-2025-03.pdf`);
	});

	it('shows no documents section on an entry without documents', () => {
		expect(documentsOn(readPage(dist, 'minutes/board-2025-01-15/')).heading).toBeUndefined();
	});
});

describe('an entry’s documents, in its feed item', () => {
	it('carries the first document as an enclosure with its full address, its length in bytes and its type', () => {
		for (const [feed, site] of [
			[parseFeed(dist, 'minutes/rss.xml'), fixtureConfig.url],
			[parseFeed(based, 'minutes/rss.xml'), `${BASED.SITE_URL}${BASED.BASE_PATH.slice(0, -1)}`],
		] as const) {
			const item = feed.items.find((candidate) => candidate.title === 'Board meeting, 11 March 2025');
			expect(item?.enclosure).toEqual({
				url: `${site}/${boardPapers.entry}board-papers-2025-03.pdf`,
				length: String(boardPapers.bytes.length),
				type: 'application/pdf',
			});
		}
		const report = parseFeed(dist, 'reports/rss.xml').items.find((item) => item.link.endsWith(reportFigures.entry));
		expect(report?.enclosure).toEqual({
			url: `${fixtureConfig.url}/${reportFigures.entry}learning-report-2024-figures.csv`,
			length: String(reportFigures.bytes.length),
			type: 'text/csv',
		});
	});

	it('lists every document after the item’s text, as the page does: each linked, with its type, size and pages, and the request for another format', () => {
		const item = parseFeed(dist, 'rss.xml').items.find((candidate) => candidate.title === 'Board meeting, 11 March 2025')!;
		const content = parsePage(item.content);
		// Headings, list items and links in document order, from the documents' heading on.
		const elements = content.selectAll('h2, li, a');
		const heading = elements.findIndex((element) => element.tagName === 'h2' && content.text(element) === 'Documents');
		expect(heading).toBeGreaterThan(-1);
		const items = elements.slice(heading).filter((element) => element.tagName === 'li');
		expect(items.map((element) => content.text(element))).toEqual([
			`${boardPapers.title} PDF, ${sizeOf(boardPapers.bytes.length)}, 3 pages Request an accessible format of this document`,
		]);
		const links = elements.slice(heading).filter((element) => element.tagName === 'a');
		expect(links[0] && content.attr(links[0], 'href')).toBe(`${fixtureConfig.url}/${boardPapers.entry}board-papers-2025-03.pdf`);
		expect(new URL(content.attr(links[1]!, 'href')!).searchParams.get('subject')).toBe(`Request for an accessible format of ${boardPapers.title}`);
	});

	it('gives no enclosure to an item whose entry has no documents', () => {
		const item = parseFeed(dist, 'minutes/rss.xml').items.find((candidate) => candidate.link.endsWith('minutes/board-2025-01-15/'));
		expect(item).toBeDefined();
		expect(item!.enclosure).toBeUndefined();
	});
});

describe('an entry’s documents, in a browser', () => {
	const browsed = browseSite(dist);

	it('are served at their links with their types, and the page with them passes axe-core’s WCAG 2.2 AA checks', async () => {
		const page = await browsed.browser.newPage({ viewport: { width: 1280, height: 800 } });
		await page.goto(`${browsed.site.url}${boardPapers.entry}`);
		expect(await runAxe(page)).toEqual([]);
		const href = await page.getByRole('link', { name: boardPapers.title }).getAttribute('href');
		const response = await page.request.get(new URL(href!, browsed.site.url).href);
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toBe('application/pdf');
		expect(Buffer.from(await response.body())).toEqual(boardPapers.bytes);
		await page.goto(`${browsed.site.url}${reportFigures.entry}`);
		expect(await runAxe(page)).toEqual([]);
		await page.close();
	});
});
