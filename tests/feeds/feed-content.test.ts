import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BULK_POSTS, bulkDate, bulkPath } from '../support/bulk-posts.ts';
import { parsePage } from '../support/parse-page.ts';
import { builtFileFor, builtSites, resolvesInSite } from './built-sites.ts';
import { parseFeed, type ParsedFeed } from './read-feed.ts';

/** The base-path build: MDX, pictures, and more posts than a feed holds. */
const site = builtSites().find((one) => one.label === 'base-path')!;
const { dist, home } = site;
const feed = (file: string): ParsedFeed => parseFeed(dist, file);
const item = (parsed: ParsedFeed, slug: string) => parsed.items.find((one) => one.link === `${home}blog/${slug}/`)!;

describe('feeds with more entries than they hold', () => {
	it('keep only the 50 newest items, newest first', () => {
		const newestBulk = Array.from({ length: 48 }, (_, n) => `${home}${bulkPath(BULK_POSTS - 1 - n)}`);
		const expected = [`${home}blog/feed-fixture-mdx/`, `${home}blog/feed-fixture-markdown/`, ...newestBulk];
		for (const file of ['rss.xml', 'blog/rss.xml', 'topics/small-care-providers/rss.xml']) {
			const parsed = feed(file);
			expect(
				parsed.items.map((one) => one.link),
				file,
			).toEqual(expected);
		}
		const dates = feed('rss.xml')
			.items.slice(2)
			.map((one) => Date.parse(one.pubDate));
		expect(dates).toEqual(newestBulk.map((_, n) => bulkDate(BULK_POSTS - 1 - n).getTime()));
	});

	it('still hold every entry of a smaller feed', () => {
		expect(feed('reports/rss.xml').items).toHaveLength(1);
	});
});

describe('full content in feeds', () => {
	it('renders MDX: expressions, components and Markdown images, with absolute addresses', () => {
		const mdx = item(feed('rss.xml'), 'feed-fixture-mdx');
		const content = parsePage(mdx.content);
		expect(content.text()).toContain('The MDX expression worked out a total of 5 ocelotmarmalade.');
		expect(mdx.content).not.toMatch(/import |export const|\{total\}/);
		const images = content.selectAll('img');
		expect(images).toHaveLength(2);
		for (const image of images) {
			const src = content.attr(image, 'src')!;
			expect(src.startsWith(`${home}_astro/`), src).toBe(true);
			expect(src, 'an optimised copy, not the original').toMatch(/\.webp$/);
			expect(existsSync(join(dist, builtFileFor(site, src)!))).toBe(true);
		}
		expect(images.map((image) => content.attr(image, 'alt'))).toContain('A striped test pattern, through the Image component');
		const links = content.selectAll('[href]').map((link) => content.attr(link, 'href'));
		expect(links).toContain(`${home}blog/winter-letters-tablets/`);
		expect(links).toContain(`${home}topics/co-production/`);
		expect(links).toContain(`${home}blog/feed-fixture-mdx/#findings`);
		for (const element of content.selectAll('[href], [src]')) {
			const address = content.attr(element, 'href') ?? content.attr(element, 'src')!;
			expect(resolvesInSite(site, address), address).toBe(true);
		}
		expect(mdx.creators).toEqual(['Sam Okafor, Priya Nair']);
		expect(mdx.categories).toEqual(['Co-production', 'Small care providers']);
	});

	it('renders Markdown images and the cover picture as optimised, absolute images', () => {
		const markdown = item(feed('blog/rss.xml'), 'feed-fixture-markdown');
		const content = parsePage(markdown.content);
		const text = content.text();
		expect(text).toContain('Plain Markdown with a picture wombatkettle.');
		expect(text).toContain('The cover caption capybaraquilt.');
		const images = content.selectAll('img');
		expect(images).toHaveLength(2);
		for (const image of images) expect(resolvesInSite(site, content.attr(image, 'src')!), content.attr(image, 'src')).toBe(true);
		expect(images.map((image) => content.attr(image, 'alt'))).toContain('A striped cover picture');
		expect(markdown.creators).toEqual([]);
	});

	it('matches the text on the entry’s own page', () => {
		for (const slug of ['feed-fixture-mdx', 'feed-fixture-markdown']) {
			const main = parsePage(readFileSync(join(dist, 'blog', slug, 'index.html'), 'utf8')).text('main');
			const content = parsePage(item(feed('rss.xml'), slug).content)
				.text()
				.replace('The cover caption capybaraquilt. ', '');
			expect(main).toContain(content);
		}
	});

	it('uses an entry’s cover as its share picture', () => {
		const page = parsePage(readFileSync(join(dist, 'blog', 'feed-fixture-markdown', 'index.html'), 'utf8'));
		const image = page.attr('meta[property="og:image"]', 'content')!;
		expect(image.startsWith(`${home}_astro/`)).toBe(true);
		expect(resolvesInSite(site, image)).toBe(true);
	});
});
