import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { findTemplatePages, isSearchPage, SEARCH_QUERY, waitForSearchResults, type TemplatePage } from '../support/page-templates.ts';
import { runAxe } from '../support/run-axe.ts';
import { serveDist, type ServedSite } from '../support/serve-dist.ts';

const dist = inject('siteDist');
const { pages, missing } = findTemplatePages(dist);

let browser: Browser;
let site: ServedSite;
let desktop: BrowserContext;

beforeAll(async () => {
	[browser, site] = await Promise.all([launchBrowser(), serveDist(dist)]);
	// bypassCSP lets axe-core be injected into pages whose policy (rightly) blocks inline scripts.
	desktop = await browser.newContext({ viewport: { width: 1280, height: 800 }, bypassCSP: true });
});

afterAll(async () => {
	await browser?.close();
	await site?.close();
});

/** Opens a template page and, on the search page, waits for its results. */
async function open(context: BrowserContext, template: TemplatePage): Promise<Page> {
	const page = await context.newPage();
	const response = await page.goto(site.url + template.path);
	expect(response?.status(), template.path).toBe(template.status);
	if (isSearchPage(template)) await waitForSearchResults(page);
	return page;
}

describe('page templates', () => {
	it('are all built, so every template below is checked', () => {
		expect(missing).toEqual([]);
	});
});

describe('WCAG 2.2 AA (axe-core)', () => {
	it.each(pages.map((page) => [page.name, page] as const))('finds no violations on the %s page', async (_name, template) => {
		const page = await open(desktop, template);
		const violations = await runAxe(page);
		await page.close();
		expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
	});
});

/** Elements that stick out past the right edge of the window, outside any scrolling box of their own (which WCAG allows for tables). */
async function overflowingElements(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		const scrolls = (element: Element | null): boolean => {
			for (let node = element; node && node !== document.body; node = node.parentElement) {
				if (/(auto|scroll)/.test(getComputedStyle(node).overflowX)) return true;
			}
			return false;
		};
		const out: string[] = [];
		for (const element of document.body.querySelectorAll('*')) {
			const rect = element.getBoundingClientRect();
			if (rect.width <= 1 || rect.height <= 1 || rect.right <= width + 1) continue;
			if (scrolls(element.parentElement)) continue;
			out.push(`${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${[...element.classList].join('.')} ends at ${Math.round(rect.right)}px`);
		}
		return out;
	});
}

describe('reflow', () => {
	for (const [label, viewport, scale] of [
		['at 320 px wide', { width: 320, height: 640 }, 1],
		['at 200% zoom', { width: 640, height: 400 }, 2],
	] as const) {
		it(`keeps every template within the window with no horizontal scrolling ${label}`, async () => {
			const context = await browser.newContext({ viewport, deviceScaleFactor: scale, bypassCSP: true });
			const problems: string[] = [];
			for (const template of pages) {
				const page = await open(context, template);
				const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
				if (scrollWidth > viewport.width) problems.push(`${template.name}: the page is ${scrollWidth}px wide`);
				for (const element of await overflowingElements(page)) problems.push(`${template.name}: ${element}`);
				await page.close();
			}
			await context.close();
			expect(problems).toEqual([]);
		});
	}
});

/** Describes the focused element and whether its focus can be seen. */
async function focused(page: Page): Promise<{ tag: string; text: string; id: string; type: string; visibleFocus: boolean; inView: boolean }> {
	return page.evaluate(() => {
		const element = document.activeElement as HTMLElement;
		const style = getComputedStyle(element);
		const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 && !/rgba\(\d+, \d+, \d+, 0\)|transparent/.test(style.outlineColor);
		const rect = element.getBoundingClientRect();
		return {
			tag: element.tagName.toLowerCase(),
			text: (element.textContent ?? '').trim(),
			id: element.id,
			type: element.getAttribute('type') ?? '',
			visibleFocus: outline || style.boxShadow !== 'none',
			inView: rect.width > 0 && rect.height > 0 && rect.top >= 0 && rect.left >= 0 && rect.bottom <= innerHeight && rect.right <= innerWidth,
		};
	});
}

describe('keyboard', () => {
	it('reaches the skip link first, and it moves focus to the main content', async () => {
		const page = await desktop.newPage();
		await page.goto(site.url);
		await page.keyboard.press('Tab');
		const skip = await focused(page);
		expect(skip).toMatchObject({ tag: 'a', text: 'Skip to main content', visibleFocus: true, inView: true });
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
		await page.close();
	});

	it('moves through the header, its search box and every navigation link in order, each with visible focus', async () => {
		const page = await desktop.newPage();
		await page.goto(site.url);
		const navigation = await page.$$eval('header nav a', (links) => links.map((link) => (link.textContent ?? '').trim()));
		expect(navigation.length).toBeGreaterThan(3);
		const stops: Awaited<ReturnType<typeof focused>>[] = [];
		for (let index = 0; index < navigation.length + 4; index++) {
			await page.keyboard.press('Tab');
			stops.push(await focused(page));
		}
		for (const stop of stops) expect(stop, `${stop.tag} ${stop.text}`).toMatchObject({ visibleFocus: true, inView: true });
		const names = stops.map((stop) => (stop.tag === 'input' ? `input:${stop.type}` : stop.text));
		const searchBox = names.indexOf('input:search');
		expect(searchBox, names.join(' | ')).toBeGreaterThan(0);
		const firstLink = names.indexOf(navigation[0]!);
		expect(names.slice(firstLink, firstLink + navigation.length)).toEqual(navigation);
		expect(firstLink).toBeGreaterThan(searchBox);
		await page.close();
	});

	it('searches from the header with the keyboard alone', async () => {
		const page = await desktop.newPage();
		await page.goto(site.url);
		for (let tries = 0; tries < 10 && (await focused(page)).type !== 'search'; tries++) await page.keyboard.press('Tab');
		expect((await focused(page)).type).toBe('search');
		await page.keyboard.type(SEARCH_QUERY);
		await Promise.all([page.waitForURL(/\/search\/\?q=/), page.keyboard.press('Enter')]);
		expect(new URL(page.url()).searchParams.get('q')).toBe(SEARCH_QUERY);
		await waitForSearchResults(page);
		// The search page keeps the words, so they can be changed without retyping.
		expect(await page.locator('main input[type="search"]').first().inputValue()).toBe(SEARCH_QUERY);
		await page.close();
	});
});
