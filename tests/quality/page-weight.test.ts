import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { checkPageWeight, formatWeightFindings, HTML_CSS_BUDGET, measurePageWeights, SCRIPTED_PAGES } from '../../scripts/check-page-weight.ts';
import { readTags } from '../../src/lib/read-tags.ts';
import { copyProject } from '../support/project-copy.ts';
import { runScript } from '../support/run-script.ts';

describe('page weight budget', () => {
	for (const [label, name] of [
		['root', 'siteDist'],
		['base-path', 'basedSiteDist'],
	] as const) {
		it(`holds for every page of the ${label} build`, () => {
			const dist = inject(name);
			const findings = checkPageWeight(dist);
			expect(findings, formatWeightFindings(findings)).toEqual([]);
		});
	}

	it('measures real pages: content pages carry no JavaScript, and all stay under 30 KB', () => {
		const weights = measurePageWeights(inject('siteDist'));
		expect(weights.length).toBeGreaterThan(40);
		const content = weights.filter((weight) => !SCRIPTED_PAGES.includes(weight.file));
		expect(content.length).toBeGreaterThan(40);
		expect(content.every((weight) => weight.javascript === 0)).toBe(true);
		expect(Math.max(...weights.map((weight) => weight.htmlCss))).toBeLessThanOrEqual(HTML_CSS_BUDGET);
	});
});

describe('images in entries', () => {
	let dir: string | undefined;
	afterAll(() => {
		if (dir) rmSync(dir, { recursive: true, force: true });
	});

	it('are built with width, height and a modern format, from a cover and an image in the text', async () => {
		dir = copyProject(`quality-images-${process.pid}`, { fixtures: false });
		const post = join(dir, 'content', 'blog', 'co-production-in-a-changing-world.md');
		mkdirSync(join(dir, 'content', 'blog', 'images'), { recursive: true });
		const photo = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#3a7d5c' } }).jpeg().toBuffer();
		writeFileSync(join(dir, 'content', 'blog', 'images', 'meeting.jpg'), photo);
		const source = readFileSync(post, 'utf8').replace(/^---\n/, '---\ncover:\n  src: ./images/meeting.jpg\n  alt: Members around a table\n');
		writeFileSync(post, `${source}\n\n![A chart of members over time](./images/meeting.jpg)\n`);
		const build = runScript(dir, 'build');
		expect(build.code, build.output).toBe(0);
		const dist = join(dir, 'dist');
		const html = readFileSync(join(dist, 'blog', 'co-production-in-a-changing-world', 'index.html'), 'utf8');
		const images = readTags(html).filter((tag) => tag.name === 'img' && !tag.closing);
		expect(images.length).toBeGreaterThanOrEqual(2);
		const findings = checkPageWeight(dist);
		expect(findings, formatWeightFindings(findings)).toEqual([]);
	});
});
