import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { page, removeTempSites, writeTempSite } from '../../test/support/temp-site.ts';
import { checkPageWeight, measurePageWeights } from './check-page-weight.ts';

afterAll(removeTempSites);

describe('measurePageWeights', () => {
	it('adds the gzipped stylesheets a page links to its gzipped HTML, and counts its JavaScript', () => {
		const css = randomBytes(6000).toString('hex');
		const dist = writeTempSite({
			'index.html': page('/', '<script type="module" src="/_astro/app.js"></script><script>let a = 1;</script><script type="application/ld+json">{}</script>', {
				head: '<link rel="stylesheet" href="/site.css">',
			}),
			'site.css': css,
			'_astro/app.js': 'console.log("hello")',
		});
		const [home] = measurePageWeights(dist);
		expect(home!.htmlCss).toBeGreaterThan(6000);
		expect(home!.javascript).toBe('console.log("hello")'.length + 'let a = 1;'.length);
	});
});

describe('checkPageWeight', () => {
	it('passes small script-free pages with sized modern images, and lets the search page load scripts', () => {
		const dist = writeTempSite({
			'index.html': page(
				'/',
				'<img src="/_astro/cover.webp" srcset="/_astro/cover-400.webp 400w, /_astro/cover-800.avif 800w" width="800" height="600" alt=""><picture><source type="image/avif" srcset="/a.avif"><img src="/a.jpg" width="10" height="10" alt=""></picture><img src="/logo.svg" width="48" height="48" alt="">',
			),
			'search/index.html': page('/search/', '<script type="module" src="/pagefind/ui.js"></script>'),
		});
		expect(checkPageWeight(dist)).toEqual([]);
	});

	it('reports content pages with JavaScript, pages over budget, and images without size or a modern format', () => {
		const dist = writeTempSite({
			'index.html': page('/', '<button onclick="go()">Go</button><img src="/photo.jpg" alt=""><img src="/b.webp" width="10" alt="">'),
			'blog/index.html': page('/blog/', `<p>${randomBytes(40 * 1024).toString('base64')}</p>`),
		});
		const findings = checkPageWeight(dist);
		expect(findings.map((finding) => `${finding.file}: ${finding.problem.replace(/[\d.]+ KB gzipped/, 'N KB gzipped')}`)).toEqual([
			'blog/index.html: HTML and CSS come to N KB gzipped, over the 30 KB budget',
			'index.html: ships 4 bytes of JavaScript; content pages ship none',
			'index.html: image photo.jpg has no width and height attributes',
			'index.html: image photo.jpg is not in a modern format (AVIF, WebP or SVG)',
			'index.html: image b.webp has no width and height attributes',
		]);
	});
});
