import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { FIXTURE_SITE } from '../support/fixture-site.ts';

/** What the shared test builds printed: `astro build` alone, and `npm run build` under a base path. */
const builds = [
	{ name: 'astro build', dist: inject('siteDist'), output: inject('buildOutput').siteDist ?? '' },
	{ name: 'npm run build', dist: inject('basedSiteDist'), output: inject('buildOutput').basedSiteDist ?? '' },
];

/** The fixture site's MDX posts, by slug. */
const mdxPosts = readdirSync(join(FIXTURE_SITE, 'content', 'blog'))
	.filter((name) => name.endsWith('.mdx'))
	.map((name) => name.slice(0, -'.mdx'.length));

describe('what a build prints', () => {
	it.each(builds)('$name builds the MDX posts without the bundler’s warning about Astro’s own directive, once for each', ({ dist, output }) => {
		expect(mdxPosts.length).toBeGreaterThanOrEqual(2);
		for (const slug of mdxPosts) expect(existsSync(join(dist, 'blog', slug, 'index.html')), slug).toBe(true);
		expect(output).toContain('page(s) built');
		expect(output).not.toContain('MODULE_LEVEL_DIRECTIVE');
		expect(output).not.toContain('astro:head-inject');
	});
});
