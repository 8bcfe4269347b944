import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ENTRY_COLLECTIONS } from '../../packages/sharing-care/src/collections/index.ts';
import { EDITOR_PAGE } from '../../packages/sharing-care/src/editor/editor-files.ts';
import { UNPUBLISHED_MARKERS } from '../support/fixture-site.ts';
import { parsePage, type ParsedPage } from '../support/parse-page.ts';
import { listFiles } from '../support/read-dist.ts';
import { builtFileFor, builtSites } from './built-sites.ts';

/** Every `<tag …>` of a kind in a page's head, as attribute maps. */
function headTags(page: ParsedPage, tag: 'link' | 'meta'): Record<string, string>[] {
	return page.selectAll(`head ${tag}`).map((element) => page.attributes(element));
}

const meta = (page: ParsedPage, key: string) =>
	headTags(page, 'meta')
		.filter((tag) => tag.property === key || tag.name === key)
		.map((tag) => tag.content);

for (const site of builtSites()) {
	// The web editor's page is a tool for the board, kept out of search engines and feeds (tests/editor/).
	const pages = listFiles(site.dist, '.html').filter((file) => file !== EDITOR_PAGE);
	const read = (file: string) => parsePage(readFileSync(join(site.dist, file), 'utf8'));
	const pageUrl = (file: string) => `${site.home}${file.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '/')}`;
	const isNoindex = (page: ParsedPage) => meta(page, 'robots').includes('noindex');
	const siteFeedUrl = `${site.home}rss.xml`;
	const twitterProfile = site.config.social.find((link) => /^https:\/\/(www\.)?(twitter|x)\.com\//.test(link.href));

	describe(`discovery metadata of the ${site.label} build`, () => {
		it('gives every indexable page exactly one canonical address, its own, under the base path', () => {
			expect(pages.length).toBeGreaterThan(30);
			for (const file of pages) {
				const page = read(file);
				const canonicals = headTags(page, 'link').filter((tag) => tag.rel === 'canonical');
				expect(
					canonicals.map((tag) => tag.href),
					file,
				).toEqual(isNoindex(page) ? [] : [pageUrl(file)]);
			}
		});

		it('keeps the 404 page, which answers any address, out of search engines without naming an address for it', () => {
			const page = read('404.html');
			expect(meta(page, 'robots')).toEqual(['noindex']);
			expect(headTags(page, 'link').filter((tag) => tag.rel === 'canonical')).toEqual([]);
			expect(meta(page, 'og:url')).toEqual([]);
		});

		it('gives every page a description, Open Graph and Twitter card tags with a built share image', () => {
			for (const file of pages) {
				const page = read(file);
				expect(meta(page, 'description')[0]?.length, file).toBeGreaterThan(10);
				expect(meta(page, 'og:url'), file).toEqual(isNoindex(page) ? [] : [pageUrl(file)]);
				expect(meta(page, 'og:title')[0], file).toBeTruthy();
				expect(meta(page, 'og:description'), file).toEqual(meta(page, 'description'));
				expect(meta(page, 'twitter:card'), file).toEqual(['summary_large_image']);
				expect(meta(page, 'twitter:site'), file).toEqual([`@${new URL(twitterProfile!.href).pathname.replace(/\//g, '')}`]);
				const [image] = meta(page, 'og:image');
				expect(image && builtFileFor(site, image), `${file}: ${image}`).toBeTruthy();
				expect(meta(page, 'twitter:image'), file).toEqual([image]);
				expect(meta(page, 'og:image:alt')[0], file).toBeTruthy();
			}
		});

		it('builds the default share image locally as a 1200 × 630 PNG', async () => {
			const page = read('index.html');
			const [image] = meta(page, 'og:image');
			expect(image).toBe(`${site.home}share-image.png`);
			const info = await sharp(join(site.dist, 'share-image.png')).metadata();
			expect([info.format, info.width, info.height]).toEqual(['png', 1200, 630]);
			expect(meta(page, 'og:image:width')).toEqual(['1200']);
			expect(meta(page, 'og:image:height')).toEqual(['630']);
		});

		it('offers the site feed on every page for autodiscovery', () => {
			for (const file of pages) {
				const feeds = headTags(read(file), 'link').filter((tag) => tag.rel === 'alternate' && tag.type === 'application/rss+xml');
				expect(feeds.map((tag) => tag.href)[0], file).toBe(siteFeedUrl);
				for (const feed of feeds) expect(builtFileFor(site, feed.href!), `${file}: ${feed.href}`).toBeTruthy();
			}
		});

		it('offers their own feed on type, topic and series pages', () => {
			const own = pages.filter((file) => new RegExp(`^(${ENTRY_COLLECTIONS.join('|')}|topics/[^/]+|series/[^/]+)/index\\.html$`).test(file));
			expect(own.length).toBeGreaterThan(10);
			for (const file of own) {
				const feeds = headTags(read(file), 'link').filter((tag) => tag.rel === 'alternate' && tag.type === 'application/rss+xml');
				expect(
					feeds.map((tag) => tag.href),
					file,
				).toEqual([siteFeedUrl, `${pageUrl(file)}rss.xml`]);
			}
		});

		it('describes the home page as a website published by the co-op', () => {
			const [data, ...rest] = read('index.html').jsonLd();
			expect(rest).toEqual([]);
			expect(data).toMatchObject({ '@context': 'https://schema.org', '@type': 'WebSite', name: site.config.name, url: site.home });
			expect(data!.publisher).toMatchObject({ '@type': 'Organization', name: site.config.name });
		});

		it('describes each entry page as a report or article with its author, date and publisher', () => {
			const reportPage = read('reports/learning-report-2024/index.html');
			const report = reportPage.jsonLd();
			expect(report).toHaveLength(1);
			expect(report[0]).toMatchObject({
				'@type': 'Report',
				headline: meta(reportPage, 'og:title')[0],
				// The report's date is known only to the month: structured data gives no day for it.
				datePublished: meta(reportPage, 'article:published_time')[0]!.slice(0, 7),
				url: `${site.home}reports/learning-report-2024/`,
				author: [{ '@type': 'Organization', name: 'Millbrook Care Co-operative' }],
				publisher: { '@type': 'Organization', name: site.config.name, url: site.home },
			});
			const post = read('blog/winter-letters-tablets/index.html').jsonLd()[0]!;
			expect(post).toMatchObject({
				'@type': 'BlogPosting',
				headline: 'Winter letters: tablets at the kitchen table',
				datePublished: '2025-01-09',
				author: [{ '@type': 'Person', name: 'Sam Okafor', jobTitle: 'Digital Inclusion Lead', affiliation: { name: 'Valley Digital Skills' } }],
				isPartOf: { name: 'Winter Letters', url: `${site.home}series/winter-letters/` },
			});
			for (const file of pages.filter((page) => meta(read(page), 'og:type').includes('article'))) {
				const [data, ...rest] = read(file).jsonLd();
				expect(rest, file).toEqual([]);
				expect(['Report', 'BlogPosting', 'Article'], file).toContain(data?.['@type']);
				expect(data?.url, file).toBe(pageUrl(file));
			}
		});

		it('points robots.txt at the sitemap index', () => {
			const robots = readFileSync(join(site.dist, 'robots.txt'), 'utf8');
			expect(robots).toMatch(/^User-agent: \*$/m);
			expect(robots).toContain(`Sitemap: ${site.home}sitemap-index.xml`);
			expect(listFiles(site.dist)).toContain('sitemap-index.xml');
		});

		it('lists exactly the published, indexable pages in the sitemap', () => {
			const parser = new XMLParser({ isArray: (name) => name === 'url' || name === 'sitemap' });
			const index = parser.parse(readFileSync(join(site.dist, 'sitemap-index.xml'), 'utf8'));
			const locations: string[] = [];
			for (const { loc } of index.sitemapindex.sitemap as { loc: string }[]) {
				expect(loc.startsWith(site.home), loc).toBe(true);
				const sitemap = parser.parse(readFileSync(join(site.dist, builtFileFor(site, loc)!), 'utf8'));
				locations.push(...(sitemap.urlset.url as { loc: string }[]).map((url) => url.loc));
			}
			const indexable = pages.filter((file) => !isNoindex(read(file))).map(pageUrl);
			expect(locations.toSorted()).toEqual(indexable.toSorted());
			expect(locations).not.toContain(`${site.home}404/`);
			expect(locations).toContain(`${site.home}subscribe/`);
			const text = locations.join(' ').toLowerCase();
			for (const marker of [...UNPUBLISHED_MARKERS, 'fixture-draft', 'fixture-scheduled']) expect(text).not.toContain(marker);
		});
	});
}
