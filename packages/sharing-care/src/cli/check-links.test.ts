import { afterAll, describe, expect, it } from 'vitest';
import { page, removeTempSites, writeTempSite } from '../../test/support/temp-site.ts';
import { checkLinks, formatLinkFindings } from './check-links.ts';

afterAll(removeTempSites);

describe('checkLinks', () => {
	it('finds nothing wrong in a site whose links, anchors and sitemap all work', () => {
		const dist = writeTempSite({
			'index.html': page(
				'/',
				'<a href="/blog/">Blog</a> <a href="blog/post/#part-2">Part 2</a> <a href="#top" id="top">Top</a> <a href="https://elsewhere.example/x">Out</a> <a href="mailto:a@b.example">Mail</a>',
			),
			'blog/index.html': page('/blog/', '<a href="post/">Post</a> <a href="https://coop.example/blog/post/">Full address</a><form action="/blog/"></form>'),
			'blog/post/index.html': page('/blog/post/', '<h2 id="part-2">Part 2</h2><img src="../../cover.webp" srcset="/cover.webp 1x, /cover.webp 2x" alt="">'),
			'cover.webp': 'x',
			'hidden/index.html': page('/hidden/'),
			'sitemap-index.xml': '<sitemapindex><sitemap><loc>https://coop.example/sitemap-0.xml</loc></sitemap></sitemapindex>',
			'sitemap-0.xml': '<urlset><url><loc>https://coop.example/hidden/</loc></url></urlset>',
			'404.html': page('/404.html', '<a href="/">Home</a>'),
		});
		expect(checkLinks(dist)).toEqual([]);
	});

	it('reports links to missing pages and files, and anchors with no matching id', () => {
		const dist = writeTempSite({
			'index.html': page(
				'/',
				'<a href="/gone/">Gone</a> <a href="/blog/#nowhere">Anchor</a> <a href="#also-nowhere">Here</a> <img src="/missing.webp" alt="">',
			),
			'blog/index.html': page('/blog/', '<a href="/">Home</a>'),
		});
		expect(checkLinks(dist)).toEqual([
			{ file: 'index.html', link: '/gone/', problem: 'leads to a page or file that does not exist' },
			{ file: 'index.html', link: '/blog/#nowhere', problem: 'leads to blog/index.html, which has no element with id "nowhere"' },
			{ file: 'index.html', link: '#also-nowhere', problem: 'leads to index.html, which has no element with id "also-nowhere"' },
			{ file: 'index.html', link: '/missing.webp', problem: 'leads to a page or file that does not exist' },
		]);
	});

	it('reports pages that neither the home page nor the sitemap leads to', () => {
		const dist = writeTempSite({
			'index.html': page('/', '<a href="/blog/">Blog</a>'),
			'blog/index.html': page('/blog/'),
			'orphan/index.html': page('/orphan/'),
		});
		expect(checkLinks(dist)).toEqual([{ file: 'orphan/index.html', link: '', problem: 'cannot be reached from the home page or the sitemap' }]);
	});

	it('checks a base-path build against its base path, read from the home page', () => {
		const dist = writeTempSite({
			'index.html': page(
				'/coop-kit/',
				'<a href="/coop-kit/blog/">Blog</a> <a href="/blog/">Forgot the base</a> <a href="https://coop.example/coop-kit/gone/">Gone</a>',
			),
			'blog/index.html': page('/coop-kit/blog/'),
		});
		expect(checkLinks(dist)).toEqual([
			{ file: 'index.html', link: '/blog/', problem: "points outside the site's base path /coop-kit/" },
			{ file: 'index.html', link: 'https://coop.example/coop-kit/gone/', problem: 'leads to a page or file that does not exist' },
		]);
	});

	it('follows links in feeds, sitemaps and robots.txt', () => {
		const dist = writeTempSite({
			'index.html': page('/'),
			'rss.xml':
				'<?xml-stylesheet href="/feed.css" type="text/css"?><rss><channel><link>https://coop.example/</link><item><link>https://coop.example/blog/missing/</link></item></channel></rss>',
			'sitemap-index.xml': '<sitemapindex><sitemap><loc>https://coop.example/sitemap-0.xml</loc></sitemap></sitemapindex>',
			'robots.txt': 'User-agent: *\nAllow: /\nSitemap: https://coop.example/sitemap-index.xml\nSitemap: https://coop.example/sitemap.xml\n',
		});
		expect(formatLinkFindings(checkLinks(dist))).toBe(
			[
				'robots.txt: https://coop.example/sitemap.xml leads to a page or file that does not exist',
				'rss.xml: https://coop.example/blog/missing/ leads to a page or file that does not exist',
				'rss.xml: /feed.css leads to a page or file that does not exist',
				'sitemap-index.xml: https://coop.example/sitemap-0.xml leads to a page or file that does not exist',
			].join('\n'),
		);
	});
});
