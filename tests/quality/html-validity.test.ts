import { afterAll, describe, expect, inject, it } from 'vitest';
import { checkHtml, formatHtmlFindings } from '../../packages/sharing-care/src/cli/check-html.ts';
import { listFiles } from '../support/read-dist.ts';
import { removeTempSites, writeTempSite } from '../../packages/sharing-care/test/support/temp-site.ts';

afterAll(removeTempSites);

describe('html-validate', () => {
	for (const [label, name] of [
		['root', 'siteDist'],
		['base-path', 'basedSiteDist'],
	] as const) {
		it(`finds no errors in any page of the ${label} build`, async () => {
			const dist = inject(name);
			expect(listFiles(dist, '.html').length).toBeGreaterThan(40);
			const findings = await checkHtml(dist);
			expect(findings, formatHtmlFindings(findings)).toEqual([]);
		});
	}

	it('uses rules strict enough to catch real mistakes', async () => {
		const dist = writeTempSite({
			'index.html': '<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><p><div>block in a paragraph</div></p><img src="a.webp"></body></html>',
		});
		const rules = (await checkHtml(dist)).map((finding) => finding.rule);
		expect(rules).toEqual(expect.arrayContaining(['no-implicit-close', 'close-order', 'wcag/h37']));
	});
});
