import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parsePage } from '../support/parse-page.ts';
import { listFiles, readPage } from '../support/read-dist.ts';
import { BASED } from '../support/test-builds.ts';

/** The shared builds of the fixture site: `astro build` alone, and `npm run build` under a base path. */
const builds = [
	{ name: 'astro build', dist: inject('siteDist'), base: '/' },
	{ name: 'npm run build under a base path', dist: inject('basedSiteDist'), base: BASED.BASE_PATH },
];

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('the pictures a build publishes', () => {
	it.each(builds)('$name publishes the versions of a cover that its pages use, and never the picture’s own file', ({ dist, base }) => {
		// The pictures written beside the built copy's entries: the fixture site's cover, also a picture in its entry's text.
		const content = join(dirname(dist), 'content');
		const pictures = listFiles(content).filter((file) => /\.(png|jpe?g|webp)$/.test(file));
		expect(pictures).toContain('blog/feed-fixture-photo.png');
		// The cover's versions, as the entry page and its share card name them, are there.
		const page = parsePage(readPage(dist, 'blog/feed-fixture-markdown/'));
		const used = [
			...(page.attr('figure.cover img', 'srcset') ?? '').split(',').map((candidate) => candidate.trim().split(' ')[0]!),
			page.attr('figure.cover img', 'src')!,
			new URL(page.attr('meta[property="og:image"]', 'content')!).pathname,
		];
		expect(used.length).toBeGreaterThanOrEqual(3);
		for (const path of used) {
			expect(path.startsWith(`${base}_astro/`), path).toBe(true);
			expect(statSync(join(dist, path.slice(base.length))).size, path).toBeGreaterThan(0);
		}
		// The pictures as they came (from a camera, with whatever it recorded) are in no file of the site.
		const originals = new Set(pictures.map((file) => sha256(readFileSync(join(content, file)))));
		const published = listFiles(dist).filter((file) => /\.(png|jpe?g|webp|avif|gif)$/.test(file));
		expect(published.length).toBeGreaterThanOrEqual(used.length);
		expect(published.filter((file) => originals.has(sha256(readFileSync(join(dist, file)))))).toEqual([]);
	});
});
