import { describe, expect, it } from 'vitest';
import { browseSite } from '../support/browse-site.ts';
import { BASED } from '../support/test-builds.ts';
import { builtSites } from './built-sites.ts';
import { parseFeed } from './read-feed.ts';

const site = builtSites().find((one) => one.label === 'base-path')!;
const browsed = browseSite(site.dist, BASED.BASE_PATH);

describe('a feed opened in a browser', () => {
	it('reads as a page: a notice on what it is, then each item’s title, date and summary, and no raw content', async () => {
		const feed = parseFeed(site.dist, 'blog/rss.xml');
		const page = await browsed.browser.newPage();
		const response = await page.goto(`${browsed.site.url}blog/rss.xml`);
		expect(response?.status()).toBe(200);
		const notice = await page.evaluate(() => getComputedStyle(document.querySelector('channel')!, '::before').content);
		expect(notice).toContain('This is a web feed');
		expect(notice).toContain(`${site.home}subscribe/`);
		// What is shown is what a person reads: the title, then per item its title, date, summary and address.
		const shown = await page.evaluate(() =>
			[...document.querySelectorAll('*')]
				.filter((element) => element.children.length === 0 && getComputedStyle(element).display !== 'none' && element.checkVisibility())
				.map((element) => element.localName),
		);
		expect(shown).toEqual(['title', 'description', 'link', ...feed.items.flatMap(() => ['title', 'link', 'description', 'pubDate'])]);
		const titleSize = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('channel > title')!).fontSize));
		expect(titleSize).toBeGreaterThan(24);
		const brand = site.config.colours.brand.match(/[0-9a-f]{2}/gi)!.map((hex) => parseInt(hex, 16));
		const itemColour = await page.evaluate(() => getComputedStyle(document.querySelector('item > title')!).color);
		expect(itemColour).toBe(`rgb(${brand.join(', ')})`);
		await page.close();
	});
});

describe('the subscribe page', () => {
	it('copies a feed’s address when its Copy button is pressed', async () => {
		const context = await browsed.browser.newContext();
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(browsed.site.url).origin });
		const page = await context.newPage();
		await page.goto(`${browsed.site.url}subscribe/`);
		const button = page.getByRole('button', { name: /copy address of the blog feed/i });
		await expect.poll(() => button.isVisible(), { timeout: 15_000 }).toBe(true);
		await button.click();
		await expect.poll(() => page.locator('[data-copy-status="feed-collection-blog"]').textContent(), { timeout: 15_000 }).toBe('Copied');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.home}blog/rss.xml`);
		await context.close();
	});
});
