import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Frame, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveDist, type ServedSite } from '../../packages/sharing-care/src/cli/serve-dist.ts';
import { headersForPath, parseHeadersFile } from '../../packages/sharing-care/src/lib/headers/format-headers-file.ts';
import { readFrontmatter } from '../../packages/sharing-care/src/validation/read-frontmatter.ts';
import { launchBrowser } from '../support/browser.ts';
import { FIXTURE_SITE } from '../support/fixture-site.ts';
import { fillIn, offerLocalFolder, readProjectFolder } from './editor-driver.ts';

/**
 * The editor's preview is the page: in the real editor in Chromium, an entry of the fixture site opened in the
 * editor shows in its preview pane what its built page shows, in the same markup (src/editor/preview-templates.ts).
 * The editor page and the pages come from the shared test build; the editor reads the fixture site's content.
 */

const MINUTES = { collection: 'minutes', id: 'board-2025-01-15' };
const AUDIT = { collection: 'audits', id: 'community-audit-2023' };

let browser: Browser;
let context: BrowserContext;
let site: ServedSite;
let editor: Page;
let built: Page;
/** What went wrong in the editor's page: failed requests, errors, policy violations. */
const problems: string[] = [];
/** Every address the editor's page asked for. */
const requests: string[] = [];

beforeAll(async () => {
	const dist = inject('siteDist');
	site = await serveDist(dist, '/', headersForPath(parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8')), '/admin/'));
	browser = await launchBrowser();
	context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1600, height: 1000 } });
	editor = await context.newPage();
	editor.on('request', (request) => requests.push(request.url()));
	editor.on('requestfailed', (request) => problems.push(`failed: ${request.url()} ${request.failure()?.errorText}`));
	editor.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
	editor.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	await editor.exposeFunction('reportViolation', (text: string) => problems.push(text));
	await editor.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			(window as unknown as { reportViolation: (text: string) => void }).reportViolation(
				`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`,
			);
		});
	});
	await offerLocalFolder(editor, readProjectFolder(FIXTURE_SITE));
	await editor.goto(`${site.url}admin/`);
	await editor.getByRole('button', { name: 'Work with Local Repository' }).click();
	await editor.getByRole('button', { name: 'Create New Entry' }).first().waitFor();
	built = await context.newPage();
});

afterAll(async () => {
	await context?.close();
	await browser?.close();
	await site?.close();
});

/** An entry's title, as its file in the fixture site (the content the editor works on) gives it. */
function titleOf({ collection, id }: { collection: string; id: string }): string {
	const file = readFrontmatter(readFileSync(join(FIXTURE_SITE, 'content', collection, `${id}.md`), 'utf8'));
	if (!file.ok || typeof file.data.title !== 'string') throw new Error(`No title in the fixture entry ${collection}/${id}`);
	return file.data.title;
}

/**
 * Opens an entry in the editor, as selecting it in its collection's list does, and returns its preview pane once it is
 * drawn: as a frame locator, found again at each use, as the editor may put a new frame in the pane's place.
 */
async function openInEditor({ collection, id }: { collection: string; id: string }): Promise<FrameLocator> {
	const expected = titleOf({ collection, id });
	await editor.evaluate((hash) => (window.location.hash = hash), `#/collections/${collection}/entries/${id}`);
	// The form and the pane of the entry open before may still be there for a moment, their heading and title alike:
	// the preview is this entry's once its heading and the form's title are both this entry's title.
	const currentPreview = async (): Promise<Frame | undefined> => {
		const frame = await (await editor.locator('iframe.preview').elementHandle())?.contentFrame();
		const heading = await frame
			?.locator('article h1')
			.textContent({ timeout: 500 })
			.catch(() => null);
		const title = await editor
			.getByRole('textbox', { name: 'Title', exact: true })
			.inputValue({ timeout: 500 })
			.catch(() => null);
		return frame && heading?.trim() === expected && title?.trim() === expected ? frame : undefined;
	};
	await expect.poll(async () => Boolean(await currentPreview()), { timeout: 15_000 }).toBe(true);
	const preview = editor.frameLocator('iframe.preview');
	// The facts are drawn once their look-ups are done.
	await preview.locator('dl.facts').waitFor();
	return preview;
}

/** The text of each element a selector finds, in the preview and on the built page, as a reader sees it. */
async function texts(frame: FrameLocator | Page, selector: string): Promise<string[]> {
	return (await frame.locator(selector).allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim());
}

/** What a page or frame shows for each selector. */
async function shownIn(frame: FrameLocator | Page, selectors: string[]): Promise<Record<string, string[]>> {
	return Object.fromEntries(await Promise.all(selectors.map(async (selector) => [selector, await texts(frame, selector)] as const)));
}

/**
 * What the preview and the built page each show for the selectors, side by side. The editor may put a new frame in
 * the preview's place, empty for a moment, so the preview is read until it shows something and two readings agree.
 */
async function compare(preview: FrameLocator, { collection, id }: { collection: string; id: string }, selectors: string[]) {
	await built.goto(`${site.url}${collection}/${id}/`);
	let reading: Record<string, string[]> | undefined;
	let previous = '';
	await expect
		.poll(
			async () => {
				await preview.locator('dl.facts').waitFor();
				reading = await shownIn(preview, selectors).catch(() => undefined);
				const written = JSON.stringify(reading);
				const steady = reading !== undefined && Object.values(reading).some((found) => found.length > 0) && written === previous;
				previous = written;
				return steady;
			},
			{ timeout: 15_000 },
		)
		.toBe(true);
	return { preview: reading!, page: await shownIn(built, selectors) };
}

describe('the editor’s preview', () => {
	it('shows minutes as their page does: the title, the date line, the facts, and the decisions and actions as the page lists them', async () => {
		const preview = await openInEditor(MINUTES);
		const selectors = [
			'article h1',
			'article > header > .type',
			'article .lede',
			'article .date',
			'article dl.facts',
			'.minutes h2',
			'.minutes ol.decisions > li > p',
			'.minutes ol.decisions .topic-links a',
			'.minutes table tr',
			'.minutes .approval',
		];
		const { preview: shown, page } = await compare(preview, MINUTES, selectors);
		expect(shown).toEqual(page);
		expect(shown['article .date']).toEqual(['Published 20 January 2025, updated 14 March 2025 · 1 minute to read']);
		expect(shown['.minutes ol.decisions > li > p']).toEqual([
			'The board approved the budget for 2025 with a small planned surplus.',
			'The co-op will run a membership drive in the spring, led by worker members.',
		]);
		// The decisions keep their permanent anchors, and the text the editor draws sits in the record, as on the page.
		expect(await preview.locator('.minutes ol.decisions > li').evaluateAll((items) => items.map((item) => item.id))).toEqual([
			'budget-2025',
			'board-2025-01-15-decision-2',
		]);
		expect(await preview.locator('.prose .minutes').innerText()).toContain('The chair welcomed everyone and thanked the team for their work over the winter.');
		// Fields the entry leaves empty are not shown: no empty "Notes on the source", no key points.
		expect(await texts(preview, 'h2')).not.toContain('Notes on the source');
		expect(await preview.locator('.source-notes, .key-points').count()).toBe(0);
		// The site's own stylesheets are the preview's, with the components' own styles: the facts in their box.
		expect(
			await preview.locator('link[rel="stylesheet"]').evaluateAll((links) => links.map((link) => new URL((link as HTMLLinkElement).href).pathname)),
		).toEqual(['/theme.css', expect.stringMatching(/^\/_astro\/global\.[\w-]+\.css$/), '/admin/preview.css']);
		const boxOf = (frame: FrameLocator | Page) =>
			frame.locator('dl.facts').evaluate((facts) => [getComputedStyle(facts).display, getComputedStyle(facts).backgroundColor]);
		expect(await boxOf(preview)).toEqual(await boxOf(built));
	});

	it('follows the form as the entry is written', async () => {
		const preview = await openInEditor(MINUTES);
		const title = editor.getByRole('textbox', { name: 'Title', exact: true });
		await fillIn(editor, title, 'Board meeting, 15 January 2025 (corrected)');
		await expect.poll(() => texts(preview, 'article h1'), { timeout: 15_000 }).toEqual(['Board meeting, 15 January 2025 (corrected)']);
	});

	it('shows guidance with its key points box, its date as the page writes it, and its facts', async () => {
		const preview = await openInEditor(AUDIT);
		const selectors = ['article h1', 'article .date', 'article dl.facts', 'section.key-points h2', 'section.key-points li', 'article header .topic-links a'];
		const { preview: shown, page } = await compare(preview, AUDIT, selectors);
		// A key point written as a single line, with no sentence, is one the editor shows empty (EDITING.md, "Key
		// points"): the editor holds no words for it, so neither does its preview.
		const [first, oneLine, third] = page['section.key-points li']!;
		expect(oneLine).toBe('They can change a visit at short notice, and they are trusted because the same faces turn up each week.');
		expect(shown).toEqual({ ...page, 'section.key-points li': [first, third] });
		expect(shown['article .date']).toEqual(['Published October 2023 · 1 minute to read']);
		expect(shown['section.key-points h2']).toEqual(['At a glance']);
		const boxOf = (frame: FrameLocator | Page) =>
			frame
				.locator('section.key-points')
				.evaluate((box) => [getComputedStyle(box).borderLeftWidth, getComputedStyle(box).borderLeftColor, getComputedStyle(box).backgroundColor]);
		expect(await boxOf(preview)).toEqual(await boxOf(built));
	});

	it('loads everything it draws with from the site itself, within the editor’s policy', () => {
		const origin = new URL(site.url).origin;
		expect(requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith(`blob:${origin}/`) && !url.startsWith('data:'))).toEqual([]);
		expect(requests).toEqual(
			expect.arrayContaining([
				`${origin}/admin/preview-templates.js`,
				`${origin}/admin/preview.css`,
				`${origin}/admin/chunks/react-dom.js`,
				`${origin}/admin/immutable.es.js`,
			]),
		);
		expect(problems).toEqual([]);
	});
});
