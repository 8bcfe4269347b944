import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import english from '../../packages/sharing-care/src/i18n/locales/en-GB.ts';
import { browseSite } from '../support/browse-site.ts';
import { poolPages } from '../support/page-pool.ts';
import { findTemplatePages } from '../support/page-templates.ts';
import { runAxe } from '../../packages/sharing-care/src/cli/run-axe.ts';

/**
 * The site header on a phone: the navigation folds away behind a menu button (a `<details>` element, so it works
 * without JavaScript) and the page's title is on the first screen. On a wide screen the navigation shows as a row.
 */
const dist = inject('siteDist');
const PHONE = { width: 375, height: 667 };
const DESKTOP = { width: 1280, height: 800 };
/** One entry page of each kind (the richest, as the whole-site checks choose them). */
const entries = findTemplatePages(dist).pages.filter((template) => template.name.endsWith(' entry'));
/** The report, whose header is the tallest. */
const REPORT = 'reports/learning-report-2024/';

const browsed = browseSite(dist);
/** The page the tests take turns with, as they run one after another, at a phone's size unless a test resizes it. */
const phones = poolPages(() => browsed.browser, { viewport: PHONE });

/** The words of the main navigation's links, and whether each can be seen. */
function navigation(page: Page): Promise<{ text: string; visible: boolean }[]> {
	return page.$$eval('header nav a', (links) =>
		links.map((link) => ({ text: (link as HTMLElement).innerText.trim(), visible: link.checkVisibility() && link.getBoundingClientRect().height > 0 })),
	);
}

/** The focused element: its words, and whether it is in the window with its focus shown. */
function focused(page: Page): Promise<{ tag: string; text: string; inView: boolean; visibleFocus: boolean }> {
	return page.evaluate(() => {
		const element = document.activeElement as HTMLElement;
		const style = getComputedStyle(element);
		const rect = element.getBoundingClientRect();
		const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
		return {
			tag: element.tagName.toLowerCase(),
			text: element.innerText?.trim() ?? '',
			inView: rect.width > 0 && rect.height > 0 && rect.top >= 0 && rect.left >= 0 && rect.bottom <= innerHeight && rect.right <= innerWidth,
			visibleFocus: outline || style.boxShadow !== 'none',
		};
	});
}

describe('the header on a phone (375 × 667)', () => {
	it('leaves each kind of entry’s title starting in the top half of the first screen', async () => {
		expect(entries.length).toBeGreaterThanOrEqual(5);
		await phones.use(async (page) => {
			for (const entry of entries) {
				await page.goto(browsed.site.url + entry.path);
				const top = await page.evaluate(() => document.querySelector('h1')!.getBoundingClientRect().top);
				expect(top, entry.path).toBeLessThan(300);
			}
		});
	});

	it('folds the navigation behind a Menu button that opens and closes without JavaScript', async () => {
		const context = await browsed.browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(browsed.site.url + REPORT);
		const summary = page.locator('header summary');
		expect(await summary.innerText()).toBe(english.layout.menu);
		expect(await summary.isVisible()).toBe(true);
		const closed = await navigation(page);
		expect(closed.length).toBeGreaterThan(3);
		expect(closed.filter((link) => link.visible)).toEqual([]);
		await summary.click();
		const open = await navigation(page);
		expect(open.map((link) => link.visible)).toEqual(open.map(() => true));
		// Open, the menu pushes the page down rather than covering it, and the page does not scroll sideways.
		const { navBottom, h1Top, scrollWidth } = await page.evaluate(() => ({
			navBottom: document.querySelector('header nav')!.getBoundingClientRect().bottom,
			h1Top: document.querySelector('h1')!.getBoundingClientRect().top,
			scrollWidth: document.documentElement.scrollWidth,
		}));
		expect(h1Top).toBeGreaterThan(navBottom);
		expect(scrollWidth).toBeLessThanOrEqual(PHONE.width);
		await summary.click();
		expect((await navigation(page)).filter((link) => link.visible)).toEqual([]);
		await context.close();
	});

	it('opens the menu and reaches every navigation link with the keyboard, in order, each with its focus shown', () =>
		phones.use(async (page) => {
			await page.goto(browsed.site.url + REPORT);
			for (let tries = 0; tries < 10 && (await focused(page)).tag !== 'summary'; tries++) await page.keyboard.press('Tab');
			const button = await focused(page);
			expect(button).toMatchObject({ tag: 'summary', text: english.layout.menu, inView: true, visibleFocus: true });
			await page.keyboard.press('Enter');
			const links = await navigation(page);
			const stops: Awaited<ReturnType<typeof focused>>[] = [];
			for (let index = 0; index < links.length; index++) {
				await page.keyboard.press('Tab');
				stops.push(await focused(page));
			}
			expect(stops.map((stop) => stop.text)).toEqual(links.map((link) => link.text));
			for (const stop of stops) expect(stop, stop.text).toMatchObject({ tag: 'a', visibleFocus: true });
			// The last link scrolls into view when it is reached.
			expect(stops.at(-1)!.inView).toBe(true);
		}));

	it('passes axe-core’s WCAG 2.2 AA rules with the menu closed and open', () =>
		phones.use(async (page) => {
			await page.goto(browsed.site.url + REPORT);
			expect(await runAxe(page)).toEqual([]);
			await page.locator('header summary').click();
			expect(await runAxe(page)).toEqual([]);
		}));
});

describe('the header on a wide screen (1280 px)', () => {
	it('shows the navigation as one row of links, with no menu button', () =>
		phones.use(async (page) => {
			await page.setViewportSize(DESKTOP);
			await page.goto(browsed.site.url + REPORT);
			expect(await page.locator('header summary').isVisible()).toBe(false);
			const links = await navigation(page);
			expect(links.length).toBeGreaterThan(3);
			expect(links.filter((link) => !link.visible)).toEqual([]);
			const tops = await page.$$eval('header nav a', (anchors) => anchors.map((anchor) => Math.round(anchor.getBoundingClientRect().top)));
			expect(new Set(tops).size).toBe(1);
		}));
});
