import type { Browser, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { checkPrivacy, formatPrivacyFindings } from '../../scripts/check-privacy.ts';
import { BASED } from '../support/test-builds.ts';
import { launchBrowser } from '../support/browser.ts';
import { findTemplatePages, isSearchPage, waitForSearchResults } from '../support/page-templates.ts';
import { serveDist, type ServedSite } from '../support/serve-dist.ts';

describe('the built files', () => {
	for (const [label, name] of [
		['root', 'siteDist'],
		['base-path', 'basedSiteDist'],
	] as const) {
		it(`of the ${label} build load nothing from another host`, () => {
			const findings = checkPrivacy(inject(name));
			expect(findings, formatPrivacyFindings(findings)).toEqual([]);
		});
	}
});

describe('a browser visiting every page template', () => {
	let browser: Browser;
	const served: ServedSite[] = [];

	beforeAll(async () => {
		browser = await launchBrowser();
	});

	afterAll(async () => {
		await browser?.close();
		await Promise.all(served.map((site) => site.close()));
	});

	for (const [label, name, base] of [
		['root', 'siteDist', '/'],
		['base-path', 'basedSiteDist', BASED.BASE_PATH],
	] as const) {
		it(`requests nothing from any other host (${label} build)`, async () => {
			const dist = inject(name);
			const site = await serveDist(dist, base);
			served.push(site);
			const origin = new URL(site.url).origin;
			const context = await browser.newContext();
			const requests: string[] = [];
			context.on('request', (request: Request) => requests.push(request.url()));
			const { pages } = findTemplatePages(dist);
			for (const template of pages) {
				const page = await context.newPage();
				await page.goto(site.url + template.path);
				if (isSearchPage(template)) await waitForSearchResults(page);
				await page.close();
			}
			await context.close();
			expect(requests.length).toBeGreaterThan(pages.length);
			expect(requests.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url))).toEqual([]);
			// The pages' own files were served under the base path, so the log really is of this site.
			expect(requests.some((url) => url.startsWith(`${origin}${base}pagefind/`))).toBe(true);
		});
	}
});
