import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import siteConfigInput from '../../site.config.ts';
import { resolveSiteConfig } from '../../src/config/resolve-site-config.ts';
import { htmlToText } from '../support/read-dist.ts';
import { BASED } from '../support/global-setup.ts';
import { builtFileFor, resolvesInSite } from './built-sites.ts';
import { addToSiteConfig, BULK_POSTS, bulkDate, buildCopy, makeLargeProject } from './feature-builds.ts';
import { listFeedFiles, parseFeed, type ParsedFeed } from './read-feed.ts';

/**
 * A build under a base path with MDX, pictures and more posts than a feed holds, a logo, and the
 * decisions register switched off.
 */
const config = resolveSiteConfig(siteConfigInput, BASED);
const home = new URL(config.basePath, config.url).href;
let dir: string;
let dist: string;
let site: { dist: string; config: typeof config };
const feed = (file: string): ParsedFeed => parseFeed(dist, file);
const item = (parsed: ParsedFeed, slug: string) => parsed.items.find((one) => one.link === `${home}blog/${slug}/`)!;

beforeAll(async () => {
	dir = await makeLargeProject(`feeds-large-${process.pid}`);
	mkdirSync(join(dir, 'src', 'assets'), { recursive: true });
	writeFileSync(join(dir, 'src', 'assets', 'feed-test-logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="80"><rect width="240" height="80" fill="#1b5e4a"/></svg>');
	addToSiteConfig(dir, { features: { decisions: false }, logo: { src: 'src/assets/feed-test-logo.svg', alt: 'Test logo' } });
	dist = buildCopy(dir, BASED);
	site = { dist, config };
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('feeds with more entries than they hold', () => {
	it('keep only the 50 newest items, newest first', () => {
		const newestBulk = Array.from({ length: 48 }, (_, n) => `${home}blog/feed-bulk-${String(BULK_POSTS - n).padStart(2, '0')}/`);
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
		expect(mdx.content).toContain(`href="${home}blog/co-production-in-2020-a-tech-revolution/"`);
		expect(mdx.content).toContain(`href="${home}topics/co-production/"`);
		expect(mdx.content).toContain(`href="${home}blog/feed-fixture-mdx/#findings"`);
		for (const [, address] of mdx.content.matchAll(/\s(?:href|src)="([^"]+)"/g)) expect(resolvesInSite(site, address!), address).toBe(true);
		expect(mdx.creators).toEqual(['James Anthony, Amy Simpkins']);
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

describe('with a logo', () => {
	it('names the logo, as it is, as the publisher’s logo in structured data', () => {
		const page = readFileSync(join(dist, 'index.html'), 'utf8');
		const data = JSON.parse(page.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)![1]!);
		const logo = data.publisher.logo.url as string;
		expect(logo.startsWith(`${home}_astro/feed-test-logo.`), logo).toBe(true);
		expect(logo).toMatch(/\.svg$/);
		expect(readFileSync(join(dist, builtFileFor(site, logo)!), 'utf8')).toContain('<rect width="240" height="80"');
	});
});

describe('with the decisions register switched off', () => {
	it('publishes no decisions feed but keeps the minutes feed', () => {
		const files = listFeedFiles(dist);
		expect(files).not.toContain('decisions/rss.xml');
		expect(files).toContain('minutes/rss.xml');
		expect(feed('minutes/rss.xml').items.length).toBe(2);
	});

	it('does not offer the decisions feed on the subscribe page', () => {
		const subscribe = readFileSync(join(dist, 'subscribe', 'index.html'), 'utf8');
		expect(subscribe).toContain(`value="${home}minutes/rss.xml"`);
		expect(subscribe).not.toContain('decisions/rss.xml');
	});
});
