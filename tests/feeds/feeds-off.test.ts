import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../support/project-copy.ts';
import { listFiles } from '../support/read-dist.ts';
import { buildCopy, addToSiteConfig } from './feature-builds.ts';

let dir: string;
let dist: string;

beforeAll(() => {
	dir = copyProject(`feeds-off-${process.pid}`);
	addToSiteConfig(dir, { features: { feeds: false } });
	dist = buildCopy(dir);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a site with feeds switched off', () => {
	it('publishes no feed, no feed stylesheet and no subscribe page', () => {
		const files = listFiles(dist);
		expect(files).toContain('index.html');
		expect(files.filter((file) => /(rss\.xml|feed\.css)$/.test(file))).toEqual([]);
		expect(files).not.toContain('subscribe/index.html');
	});

	it('offers no feed for autodiscovery on any page', () => {
		const pages = listFiles(dist, '.html');
		expect(pages.length).toBeGreaterThan(30);
		for (const page of pages) expect(readFileSync(join(dist, page), 'utf8'), page).not.toContain('application/rss+xml');
	});

	it('leaves the subscribe page out of the sitemap but keeps the rest of discovery', () => {
		const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
		expect(sitemap).toContain('/blog/</loc>');
		expect(sitemap).not.toContain('/subscribe/');
		expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain('sitemap-index.xml');
		expect(listFiles(dist)).toContain('share-image.png');
	});
});
