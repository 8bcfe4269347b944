import { afterAll, describe, expect, it } from 'vitest';
import { page, removeTempSites, writeTempSite } from '../../test/support/temp-site.ts';
import { checkPrivacy, formatPrivacyFindings } from './check-privacy.ts';

afterAll(removeTempSites);

describe('checkPrivacy', () => {
	it('allows the site’s own files, its own origin and plain links to other sites', () => {
		const dist = writeTempSite({
			'index.html': page(
				'/',
				'<a href="https://elsewhere.example/">Elsewhere</a><img src="/logo.webp" alt=""><img src="https://coop.example/cover.webp" alt=""><form action="/search/"></form><script type="module" src="/_astro/a.js"></script>',
				{
					head: '<link rel="stylesheet" href="/theme.css"><link rel="alternate" type="application/rss+xml" href="https://feeds.example/rss"><link rel="me" href="https://social.example/@coop">',
				},
			),
			'theme.css': '@namespace atom url(http://www.w3.org/2005/Atom); body{background:url(/bg.webp)} @import "/more.css";',
			'_astro/a.js': 'import("./b.js"); fetch("/pagefind/x.pf_meta"); const credit = "https://github.com/translator";',
		});
		expect(checkPrivacy(dist)).toEqual([]);
	});

	it('finds external scripts, stylesheets, fonts, images, frames and form targets in pages', () => {
		const dist = writeTempSite({
			'index.html': page(
				'/',
				[
					'<script src="https://cdn.example/lib.js"></script>',
					'<img src="//images.example/a.jpg" srcset="/a.webp 1x, https://images.example/b.webp 2x" alt="">',
					'<iframe src="https://video.example/embed/1" title="Video"></iframe>',
					'<form action="https://forms.example/send"></form>',
					'<div style="background-image:url(https://images.example/bg.png)"></div>',
				].join(''),
				{
					head: '<link rel="stylesheet" href="https://fonts.example/css?family=Inter"><link rel="preconnect" href="https://fonts.example"><style>@font-face{src:url("https://fonts.example/inter.woff2")}</style>',
				},
			),
		});
		expect(formatPrivacyFindings(checkPrivacy(dist))).toBe(
			[
				'index.html: loads https://fonts.example/css?family=Inter through <link href>',
				'index.html: loads https://fonts.example/ through <link href>',
				'index.html: loads https://fonts.example/inter.woff2 through CSS in a <style> element',
				'index.html: loads https://cdn.example/lib.js through <script src>',
				'index.html: loads https://images.example/a.jpg through <img src>',
				'index.html: loads https://images.example/b.webp through <img srcset>',
				'index.html: loads https://video.example/embed/1 through <iframe src>',
				'index.html: loads https://forms.example/send through <form action>',
				'index.html: loads https://images.example/bg.png through CSS url() in a style attribute',
			].join('\n'),
		);
	});

	it('finds external requests in stylesheets, scripts and the web manifest', () => {
		const dist = writeTempSite({
			'index.html': page('/'),
			'_astro/site.css': '@import url("https://fonts.example/inter.css");',
			'_astro/app.js': 'fetch("https://analytics.example/hit");import x from"https://cdn.example/mod.js";',
			'manifest.webmanifest': JSON.stringify({ icons: [{ src: '/icon.png' }, { src: 'https://cdn.example/icon.png' }] }),
		});
		expect(checkPrivacy(dist).map((finding) => `${finding.file} ${finding.url}`)).toEqual([
			'_astro/app.js https://analytics.example/hit',
			'_astro/app.js https://cdn.example/mod.js',
			'_astro/site.css https://fonts.example/inter.css',
			'manifest.webmanifest https://cdn.example/icon.png',
		]);
	});

	it('finds external requests in SVG files and in a page’s templates, and none in comments or text', () => {
		const dist = writeTempSite({
			'index.html': page(
				'/',
				'<!-- <img src="https://old.example/a.png"> --><p>src="https://text.example/x.png"</p><template><img src="https://images.example/t.png" alt=""></template>',
			),
			'icon.svg': [
				'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">',
				'<style>@import url("https://fonts.example/a.css");</style>',
				'<rect fill="url(https://patterns.example/p.svg#dots)" width="8" height="8"/>',
				'<use xlink:href="https://icons.example/set.svg#leaf"/><image href="https://images.example/i.png"/>',
				'</svg>',
			].join(''),
		});
		expect(formatPrivacyFindings(checkPrivacy(dist))).toBe(
			[
				'icon.svg: loads https://fonts.example/a.css through CSS in a <style> element',
				'icon.svg: loads https://patterns.example/p.svg#dots through CSS in an SVG file',
				'icon.svg: loads https://icons.example/set.svg#leaf through <use xlink:href>',
				'icon.svg: loads https://images.example/i.png through <image href>',
				'index.html: loads https://images.example/t.png through <img src>',
			].join('\n'),
		);
	});
});
