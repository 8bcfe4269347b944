import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import {
	checkPageWeight,
	formatWeightFindings,
	HTML_CSS_BUDGET,
	measurePageWeights,
	SCRIPTED_PAGES,
} from '../../packages/sharing-care/src/cli/check-page-weight.ts';
import { parsePage } from '../support/parse-page.ts';

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
	it('are built with width, height and a modern format, from a cover and an image in the text', () => {
		const dist = inject('siteDist');
		const page = parsePage(readFileSync(join(dist, 'blog', 'feed-fixture-markdown', 'index.html'), 'utf8'));
		const images = page.selectAll('img').map((image) => page.attributes(image));
		expect(images.length).toBeGreaterThanOrEqual(2);
		for (const image of images) {
			expect(image.width, image.src).toMatch(/^\d+$/);
			expect(image.height, image.src).toMatch(/^\d+$/);
			expect(image.src, 'an optimised copy, not the original').toMatch(/\.(webp|avif)$/);
		}
		const findings = checkPageWeight(dist).filter((finding) => finding.file === 'blog/feed-fixture-markdown/index.html');
		expect(findings, formatWeightFindings(findings)).toEqual([]);
	});
});
