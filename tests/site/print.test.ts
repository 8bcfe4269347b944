import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import english from '../../packages/sharing-care/src/i18n/locales/en-GB.ts';
import { browseSite } from '../support/browse-site.ts';
import { fixtureConfig } from '../support/fixture-site.ts';
import { poolPages } from '../support/page-pool.ts';

/**
 * Printing an entry: Chromium prints it to PDF (what a reader gets from "Print" or "Save as PDF"), and the PDF's
 * text is read back and compared with the entry as it shows on screen.
 */
const dist = inject('siteDist');
/** The report has headings, many paragraphs, a link to another page of the site and one to another site. */
const REPORT = 'reports/learning-report-2024/';
/** Links written from the site root, as a reference link and in raw HTML. */
const LINKS = 'blog/linking-across-the-site/';
/** An MDX post with an in-page anchor. */
const ANCHOR = 'blog/feed-fixture-mdx/';

/** Screen furniture that must not be printed, by selector: each is on the report's page on screen. */
const FURNITURE = [
	'.skip-link',
	'header nav',
	'header .menu',
	'.header-search',
	'.breadcrumbs',
	'.topic-links',
	'.contents',
	'.related',
	'.report-problem',
	'footer nav',
];
/** Words of that furniture, none of which the report's own text uses. */
const FURNITURE_WORDS = [
	english.layout.skipLink,
	english.layout.menu,
	'Community audits',
	'Board minutes',
	english.search.box.button,
	english.entry.contents,
	english.entry.related,
	english.entry.reportProblem,
	english.decisions.register,
	english.accessibility.title,
];

const browsed = browseSite(dist);

/** Text compared as printed: ligatures unfolded ("ﬁ" is "fi") and every space and line break dropped, as a PDF breaks lines anywhere. */
const squash = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

/** Printed text without the addresses written out after links, to compare with the words on screen. */
const withoutAddresses = (printed: string) => printed.replace(/\(https?:\/\/[^)]*\)/g, '');

/** The blocks of an entry's own text as they show on screen: its title, summary, and each heading, paragraph and list item of its body. */
function screenBlocks(page: Page): Promise<string[]> {
	return page.$$eval('main h1, main .lede, .prose :is(h2, h3, h4, p, li, blockquote, figcaption, td, th)', (elements) =>
		elements.map((element) => (element as HTMLElement).innerText.trim()).filter(Boolean),
	);
}

/** The one page the tests take turns with, as they run one after another. */
const pages = poolPages(() => browsed.browser, { viewport: { width: 1280, height: 800 } });

/** Runs `use` with a page showing the entry at `path`. */
function open<T>(path: string, use: (page: Page) => Promise<T>): Promise<T> {
	return pages.use(async (page) => {
		await page.goto(browsed.site.url + path);
		return use(page);
	});
}

/**
 * The text of a PDF, page by page, in the order PDF.js reads it, with a line break wherever a line of text ends. In
 * Node, PDF.js starts no worker: it reads the PDF in this thread.
 */
async function readPdfText(pdf: Uint8Array): Promise<string> {
	const loading = getDocument({ data: pdf, useSystemFonts: false });
	try {
		const file = await loading.promise;
		const pages: string[] = [];
		for (let number = 1; number <= file.numPages; number++) {
			const { items } = await (await file.getPage(number)).getTextContent();
			pages.push(items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
		}
		return pages.join('\n');
	} finally {
		await loading.destroy();
	}
}

/** Prints the page to an A4 PDF, as a reader's "Save as PDF" does, and reads its text back. */
async function printedText(page: Page): Promise<string> {
	const pdf = await page.pdf({ format: 'A4' });
	expect(pdf.byteLength).toBeGreaterThan(5_000);
	return readPdfText(new Uint8Array(pdf));
}

describe('an entry printed to PDF', () => {
	it('keeps every block of its text', async () => {
		const [blocks, printed] = await open(REPORT, async (page) => [await screenBlocks(page), withoutAddresses(squash(await printedText(page)))] as const);
		expect(blocks.length).toBeGreaterThan(10);
		for (const block of blocks) expect(printed, block).toContain(squash(block));
	});

	it('leaves out the navigation, search, breadcrumbs, topics, contents, related entries and other screen furniture', async () => {
		const printed = await open(REPORT, async (page) => {
			const onScreen = await Promise.all(FURNITURE.map((selector) => page.locator(selector).first().isVisible()));
			expect(Object.fromEntries(FURNITURE.map((selector, index) => [selector, onScreen[index]]))).toEqual(
				Object.fromEntries(FURNITURE.map((selector) => [selector, true])),
			);
			await page.emulateMedia({ media: 'print' });
			const inPrint = await Promise.all(FURNITURE.map((selector) => page.locator(selector).first().isVisible()));
			expect(Object.fromEntries(FURNITURE.map((selector, index) => [selector, inPrint[index]]))).toEqual(
				Object.fromEntries(FURNITURE.map((selector) => [selector, false])),
			);
			await page.emulateMedia({ media: null });
			return squash(await printedText(page));
		});
		expect(printed).toContain(squash(fixtureConfig.name));
		for (const words of FURNITURE_WORDS) expect(printed, words).not.toContain(squash(words));
	});

	it('writes out the full address of each link in its text, to this site or another', async () => {
		for (const path of [REPORT, LINKS]) {
			const [links, printed] = await open(
				path,
				async (page) =>
					[
						await page.$$eval('.prose a[href]', (anchors) =>
							anchors.map((anchor) => ({ text: (anchor as HTMLElement).innerText.trim(), href: anchor.getAttribute('href')! })),
						),
						squash(await printedText(page)),
					] as const,
			);
			expect(links.length, path).toBeGreaterThan(1);
			for (const link of links) {
				const address = new URL(link.href, `${fixtureConfig.url}/${path}`).href;
				expect(address).toMatch(/^https:\/\//);
				expect(printed, `${path}: ${link.text}`).toContain(squash(`${link.text} (${address})`));
			}
		}
	});

	it('writes no address after a link to a part of the same page', async () => {
		const [anchors, printed] = await open(
			ANCHOR,
			async (page) =>
				[
					await page.$$eval('.prose a[href^="#"]', (links) => links.map((link) => (link as HTMLElement).innerText.trim())),
					squash(await printedText(page)),
				] as const,
		);
		expect(anchors.length).toBeGreaterThan(0);
		for (const text of anchors) {
			expect(printed).toContain(squash(text));
			expect(printed).not.toContain(squash(`${text} (`));
		}
		expect(printed).not.toContain('#findings');
	});
});
