import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { EDITOR_FOLDER } from '../../packages/sharing-care/src/editor/editor-files.ts';
import { headersForPath, parseHeadersFile } from '../../packages/sharing-care/src/lib/headers/format-headers-file.ts';
import { parseCsp } from '../../packages/sharing-care/src/lib/headers/merge-csp.ts';
import { launchBrowser } from '../support/browser.ts';
import { BASED } from '../support/test-builds.ts';
import { SEARCH_QUERY, waitForSearchResults } from '../support/page-templates.ts';
import { parsePage } from '../support/parse-page.ts';
import { listFiles } from '../support/read-dist.ts';
import { serveDist, type ServedSite } from '../../packages/sharing-care/src/cli/serve-dist.ts';
import { watchPage } from '../support/watch-page.ts';

const BUILDS = [
	['root', 'siteDist', '/'],
	['base-path', 'basedSiteDist', BASED.BASE_PATH],
] as const;

/** The headers the `_headers` file of a build sends for an address path. */
function shippedHeaders(dist: string, path: string): Record<string, string> {
	const file = join(dist, '_headers');
	expect(existsSync(file), 'the build writes _headers').toBe(true);
	return headersForPath(parseHeadersFile(readFileSync(file, 'utf8')), path);
}

/** Sources that name no other host: keywords, hashes, and this site's own schemes. */
const OWN_SOURCE = /^('self'|'none'|'wasm-unsafe-eval'|'sha(256|384|512)-[A-Za-z0-9+/=]+'|data:|blob:)$/;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('the _headers file', () => {
	for (const [label, name, base] of BUILDS) {
		it(`sends a strict Content Security Policy and the security headers for every address (${label} build)`, () => {
			const headers = shippedHeaders(inject(name), `${base}blog/`);
			expect(headers).toMatchObject({
				'X-Content-Type-Options': 'nosniff',
				'Referrer-Policy': 'strict-origin-when-cross-origin',
				'Permissions-Policy': expect.stringContaining('camera=()'),
			});
			const csp = parseCsp(headers['Content-Security-Policy'] ?? '');
			expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
			expect(csp.get('worker-src')).toEqual(["'self'", 'blob:']);
			expect(csp.get('default-src')).toEqual(["'self'"]);
			expect(csp.get('object-src')).toEqual(["'none'"]);
			expect(csp.get('script-src')).toEqual(expect.arrayContaining(["'self'", "'wasm-unsafe-eval'"]));
			for (const [directive, sources] of csp) {
				expect(
					sources.filter((source) => !OWN_SOURCE.test(source)),
					directive,
				).toEqual([]);
			}
		});
	}

	it('is sent only under the base path of a base-path build', () => {
		expect(shippedHeaders(inject('basedSiteDist'), '/elsewhere/')).toEqual({});
	});
});

describe('every page', () => {
	for (const [label, name, base] of BUILDS) {
		it(`has a Content Security Policy that, like the header, allows exactly its inline scripts and styles (${label} build)`, () => {
			const dist = inject(name);
			const header = parseCsp(shippedHeaders(dist, base)['Content-Security-Policy'] ?? '');
			const problems: string[] = [];
			// The web editor has a policy of its own, tested in tests/editor/.
			const pages = listFiles(dist, '.html').filter((file) => !file.startsWith('pagefind/') && !file.startsWith(`${EDITOR_FOLDER}/`));
			for (const file of pages) {
				const page = parsePage(readFileSync(join(dist, file), 'utf8'));
				const meta = page.select('meta[http-equiv="content-security-policy" i]');
				if (!meta) {
					problems.push(`${file}: no Content Security Policy`);
					continue;
				}
				const policy = parseCsp(page.attr(meta, 'content') ?? '');
				for (const directive of ['script-src', 'style-src']) {
					if (policy.get(directive)?.some((source) => /^'unsafe-(inline|eval|hashes)'$/.test(source)))
						problems.push(`${file}: ${directive} allows unsafe sources`);
				}
				for (const element of page.selectAll('*')) {
					const attributes = page.attributes(element);
					for (const attribute of Object.keys(attributes)) {
						if (/^on[a-z]+$/.test(attribute)) problems.push(`${file}: an ${attribute} attribute on <${element.tagName}> would be blocked`);
						if (attribute === 'style') problems.push(`${file}: a style attribute on <${element.tagName}> would be blocked`);
					}
					const isScript = element.tagName === 'script' && !attributes.src && !/json|importmap|speculationrules/.test(attributes.type ?? '');
					if (isScript || element.tagName === 'style') {
						// The text inside, exactly as written: what the browser hashes.
						const text = element.children.map((child) => (child.type === 'text' ? child.value : '')).join('');
						const directive = isScript ? 'script-src' : 'style-src';
						const hash = sha256(text);
						if (!policy.get(directive)?.includes(hash)) problems.push(`${file}: an inline <${element.tagName}> is not in the page's ${directive}`);
						if (!header.get(directive)?.includes(hash)) problems.push(`${file}: an inline <${element.tagName}> is not in the header's ${directive}`);
					}
				}
			}
			expect(pages.length).toBeGreaterThan(40);
			expect(problems).toEqual([]);
		});
	}
});

// Every page template is also shown with the headers served, and checked for CSP violations, in page-templates.test.ts.
describe('in a browser, with the headers served', () => {
	let browser: Browser;
	let site: ServedSite;
	const dist = inject('siteDist');

	beforeAll(async () => {
		browser = await launchBrowser();
		site = await serveDist(dist, '/', shippedHeaders(dist, '/'));
	});

	afterAll(async () => {
		await browser?.close();
		await site?.close();
	});

	/** Opens a page that records every CSP violation and every console warning or error, in the page and its workers. */
	async function watchedPage(): Promise<{ page: Page; problems: string[] }> {
		const page = await browser.newPage();
		return { page, problems: (await watchPage(page)).problems };
	}

	it('lets the search page search, with no CSP violation, while someone types a search', async () => {
		const { page, problems } = await watchedPage();
		await page.goto(`${site.url}search/`);
		const box = page.locator('main input[type="search"]').first();
		await box.click();
		await page.keyboard.type(SEARCH_QUERY, { delay: 20 });
		await waitForSearchResults(page);
		await page.goto(`${site.url}search/?q=${SEARCH_QUERY}`);
		await waitForSearchResults(page);
		await page.close();
		expect(problems).toEqual([]);
	});

	it('refuses to be shown in a frame', async () => {
		const page = await browser.newPage();
		const refused = page.waitForEvent('console', { predicate: (message) => /frame-ancestors/.test(message.text()), timeout: 10_000 });
		await page.setContent(`<iframe src="${site.url}" title="The site"></iframe>`);
		expect((await refused).text()).toMatch(/frame-ancestors 'none'/);
		await page.close();
	});
});
