import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { browseSite } from '../support/browse-site.ts';
import { poolPages } from '../support/page-pool.ts';
import { SEARCH_QUERY, waitForSearchResults } from '../support/page-templates.ts';

// axe-core and reflow on every page template are checked in page-templates.test.ts, in the same visit as the
// other gates; this file checks what needs a keyboard.
const dist = inject('siteDist');

const browsed = browseSite(dist);
/** The page the tests take turns with, as they run one after another. */
const desktop = poolPages(() => browsed.browser, { viewport: { width: 1280, height: 800 } });

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
	it('reaches the skip link first, and it moves focus to the main content', () =>
		desktop.use(async (page) => {
			await page.goto(browsed.site.url);
			await page.keyboard.press('Tab');
			const skip = await focused(page);
			expect(skip).toMatchObject({ tag: 'a', text: 'Skip to main content', visibleFocus: true, inView: true });
			await page.keyboard.press('Enter');
			expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
		}));

	it('moves through the header, its search box and every navigation link in order, each with visible focus', () =>
		desktop.use(async (page) => {
			await page.goto(browsed.site.url);
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
		}));

	it('searches from the header with the keyboard alone', () =>
		desktop.use(async (page) => {
			await page.goto(browsed.site.url);
			for (let tries = 0; tries < 10 && (await focused(page)).type !== 'search'; tries++) await page.keyboard.press('Tab');
			expect((await focused(page)).type).toBe('search');
			await page.keyboard.type(SEARCH_QUERY);
			await Promise.all([page.waitForURL(/\/search\/\?q=/), page.keyboard.press('Enter')]);
			expect(new URL(page.url()).searchParams.get('q')).toBe(SEARCH_QUERY);
			await waitForSearchResults(page);
			// The search page keeps the words, so they can be changed without retyping.
			expect(await page.locator('main input[type="search"]').first().inputValue()).toBe(SEARCH_QUERY);
		}));
});
