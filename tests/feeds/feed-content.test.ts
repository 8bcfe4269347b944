import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BULK_POSTS, bulkDate, bulkPath } from '../support/bulk-posts.ts';
import { htmlToText } from '../support/read-dist.ts';
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
			expect(parsed.items.map((one) => one.link), file).toEqual(expected);
		}
		const dates = feed('rss.xml').items.slice(2).map((one) => Date.parse(one.pubDate));
		expect(dates).toEqual(newestBulk.map((_, n) => bulkDate(BULK_POSTS - 1 - n).getTime()));
	});

	it('still hold every entry of a smaller feed', () => {
		expect(feed('reports/rss.xml').items).toHaveLength(1);
	});
});

describe('full content in feeds', () => {
	it('renders MDX: expressions, components and Markdown images, with absolute addresses', () => {
		const mdx = item(feed('rss.xml'), 'feed-fixture-mdx');
		expect(htmlToText(mdx.content)).toContain('The MDX expression worked out a total of 5 ocelotmarmalade.');
		expect(mdx.content).not.toMatch(/import |export const|\{total\}/);
		const images = [...mdx.content.matchAll(/<img\s[^>]*>/g)].map(([tag]) => tag);
		expect(images).toHaveLength(2);
		for (const tag of images) {
			const src = tag.match(/\ssrc="([^"]+)"/)![1]!;
			expect(src.startsWith(`${home}_astro/`), src).toBe(true);
			expect(src, 'an optimised copy, not the original').toMatch(/\.webp$/);
			expect(existsSync(join(dist, builtFileFor(site, src)!))).toBe(true);
		}
		expect(mdx.content).toContain('alt="A striped test pattern, through the Image component"');
		expect(mdx.content).toContain(`href="${home}blog/winter-letters-tablets/"`);
		expect(mdx.content).toContain(`href="${home}topics/co-production/"`);
		expect(mdx.content).toContain(`href="${home}blog/feed-fixture-mdx/#findings"`);
		for (const [, address] of mdx.content.matchAll(/\s(?:href|src)="([^"]+)"/g)) expect(resolvesInSite(site, address!), address).toBe(true);
		expect(mdx.creators).toEqual(['Sam Okafor, Priya Nair']);
		expect(mdx.categories).toEqual(['Co-production', 'Small care providers']);
	});

	it('renders Markdown images and the cover picture as optimised, absolute images', () => {
		const markdown = item(feed('blog/rss.xml'), 'feed-fixture-markdown');
		const text = htmlToText(markdown.content);
		expect(text).toContain('Plain Markdown with a picture wombatkettle.');
		expect(text).toContain('The cover caption capybaraquilt.');
		const sources = [...markdown.content.matchAll(/<img\b[^>]*?\ssrc="([^"]+)"/g)].map(([, src]) => src!);
		expect(sources).toHaveLength(2);
		for (const src of sources) expect(resolvesInSite(site, src), src).toBe(true);
		expect(markdown.content).toContain('alt="A striped cover picture"');
		expect(markdown.creators).toEqual([]);
	});

	it('matches the text on the entry’s own page', () => {
		for (const slug of ['feed-fixture-mdx', 'feed-fixture-markdown']) {
			const page = readFileSync(join(dist, 'blog', slug, 'index.html'), 'utf8');
			const main = htmlToText(page.slice(page.indexOf('<main'), page.indexOf('</main>')));
			const content = htmlToText(item(feed('rss.xml'), slug).content).replace('The cover caption capybaraquilt. ', '');
			expect(main).toContain(content);
		}
	});

	it('uses an entry’s cover as its share picture', () => {
		const page = readFileSync(join(dist, 'blog', 'feed-fixture-markdown', 'index.html'), 'utf8');
		const image = page.match(/<meta property="og:image" content="([^"]+)">/)![1]!;
		expect(image.startsWith(`${home}_astro/`)).toBe(true);
		expect(resolvesInSite(site, image)).toBe(true);
	});
});
