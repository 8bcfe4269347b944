import type { Request } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { checkPrivacy, formatPrivacyFindings } from '../../packages/sharing-care/src/cli/check-privacy.ts';
import { BASED } from '../support/test-builds.ts';
import { browseSite } from '../support/browse-site.ts';
import { findTemplatePages, isSearchPage, waitForSearchResults } from '../support/page-templates.ts';

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

// The root build's templates are visited in page-templates.test.ts, with its other gates; this is the base-path build's visit.
describe('a browser visiting every page template of the base-path build', () => {
	const dist = inject('basedSiteDist');
	const browsed = browseSite(dist, BASED.BASE_PATH);

	it('requests nothing from any other host', async () => {
		const origin = new URL(browsed.site.url).origin;
		const context = await browsed.browser.newContext();
		const requests: string[] = [];
		context.on('request', (request: Request) => requests.push(request.url()));
		const { pages } = findTemplatePages(dist);
		// Four tabs at once, each going from template to template (opening a tab costs more than a visit): while their
		// shared renderer process draws one, the browser's other processes and the test work for the others.
		const queue = [...pages];
		const visit = async () => {
			const page = await context.newPage();
			for (let template = queue.shift(); template; template = queue.shift()) {
				await page.goto(browsed.site.url + template.path);
				if (isSearchPage(template)) await waitForSearchResults(page);
			}
			await page.close();
		};
		await Promise.all(Array.from({ length: 4 }, visit));
		await context.close();
		expect(requests.length).toBeGreaterThan(pages.length);
		expect(requests.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url))).toEqual([]);
		// The pages' own files were served under the base path, so the log really is of this site.
		expect(requests.some((url) => url.startsWith(`${origin}${BASED.BASE_PATH}pagefind/`))).toBe(true);
	});
});
