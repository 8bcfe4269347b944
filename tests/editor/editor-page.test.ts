import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ENTRY_KINDS } from '../../packages/sharing-care/src/collections/index.ts';
import { EDITOR_FOLDER } from '../../packages/sharing-care/src/editor/editor-files.ts';
import { EDITOR_POLICY } from '../../packages/sharing-care/src/editor/editor-policy.ts';
import { headersForPath, parseHeadersFile } from '../../packages/sharing-care/src/lib/headers/format-headers-file.ts';
import { parseCsp } from '../../packages/sharing-care/src/lib/headers/merge-csp.ts';
import { launchBrowser } from '../support/browser.ts';
import { FIXTURE_SITE, ROOT } from '../support/fixture-site.ts';
import { parsePage } from '../support/parse-page.ts';
import { listFiles } from '../support/read-dist.ts';
import { serveDist } from '../../packages/sharing-care/src/cli/serve-dist.ts';
import { BASED } from '../support/test-builds.ts';
import { readIndexedPages } from '../search/read-search-index.ts';
import { offerLocalFolder, readProjectFolder, readable } from './editor-driver.ts';

/** The two test builds (tests/support/test-builds.ts): the editor must work at the root and under a base path. */
const BUILDS = [
	['root', 'siteDist', '/'],
	['base-path', 'basedSiteDist', BASED.BASE_PATH],
] as const;

const editorFile = (dist: string, file: string) => readFileSync(join(dist, EDITOR_FOLDER, file), 'utf8');
const headersOf = (dist: string, path: string) => headersForPath(parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8')), path);

describe('the built editor', () => {
	it('is a page of its own at /admin/: kept out of search engines, with its own policy, loading the editor and its config from the site', () => {
		const dist = inject('siteDist');
		const page = parsePage(editorFile(dist, 'index.html'));
		expect(page.attr('meta[name="robots"]', 'content')).toBe('noindex');
		expect(page.attr('meta[http-equiv="content-security-policy"]', 'content')).toBe(EDITOR_POLICY);
		expect(page.attr('link[rel="cms-config-url"]', 'href')).toBe('/admin/config.yml');
		expect(page.selectAll('script').map((script) => page.attr(script, 'src'))).toEqual([
			'/admin/sveltia-cms.js',
			'/admin/preview-styles.js',
			'/admin/preview-templates.js',
		]);
		// Not the site's layout: no site stylesheet restyles the editor.
		expect(page.selectAll('link[rel="stylesheet"]')).toEqual([]);
	});

	it('serves a config generated from the registry that the editor’s own JSON Schema accepts', () => {
		const dist = inject('basedSiteDist');
		const config = parseYaml(editorFile(dist, 'config.yml')) as { site_url: string; collections: { name: string }[]; logo: { src: string } };
		const schema = JSON.parse(readFileSync(join(ROOT, 'node_modules/@sveltia/cms/schema/sveltia-cms.json'), 'utf8'));
		const validate = new Ajv({ allErrors: true, strict: false, formats: { regex: true, uri: true } }).compile(schema);
		expect(validate(config), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
		expect(config.collections.map((collection) => collection.name)).toEqual([...ENTRY_KINDS.map((kind) => kind.id), 'reference-data', 'wording']);
		expect(config.site_url).toBe(`${BASED.SITE_URL}${BASED.BASE_PATH}`);
		expect(config.logo.src).toMatch(new RegExp(`^${BASED.BASE_PATH}`));
	});

	it('is left out of the sitemap, the search index and the feeds', () => {
		const dist = inject('siteDist');
		for (const file of listFiles(dist).filter((name) => /(^|\/)(sitemap-[^/]*|rss)\.xml$/.test(name))) {
			expect(readFileSync(join(dist, file), 'utf8'), file).not.toMatch(/\/admin\//);
		}
		const indexed = readIndexedPages(dist).map((page) => page.url);
		expect(indexed.length).toBeGreaterThan(0);
		expect(indexed.filter((url) => url.includes('/admin/'))).toEqual([]);
	});

	it('loads only on its own page: no other page names the editor’s files', () => {
		const dist = inject('siteDist');
		const pages = listFiles(dist, '.html').filter((file) => !file.startsWith(`${EDITOR_FOLDER}/`));
		expect(pages.length).toBeGreaterThan(40);
		expect(pages.filter((file) => readFileSync(join(dist, file), 'utf8').includes(`/${EDITOR_FOLDER}/`))).toEqual([]);
	});

	for (const [label, name, base] of BUILDS) {
		it(`gets its own policy from _headers, and the site’s rules, which stay strict, never reach it (${label} build)`, () => {
			const dist = inject(name);
			const editor = headersOf(dist, `${base}admin/`);
			const policy = parseCsp(editor['Content-Security-Policy'] ?? '');
			expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
			expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
			expect(editor).toMatchObject({
				'Cross-Origin-Opener-Policy': 'same-origin-allow-popups',
				'X-Robots-Tag': 'noindex',
				'X-Content-Type-Options': 'nosniff',
			});
			const site = parseCsp(headersOf(dist, `${base}blog/`)['Content-Security-Policy'] ?? '');
			expect(site.get('style-src')).not.toContain("'unsafe-inline'");
			expect(headersOf(dist, `${base}blog/`)['Cross-Origin-Opener-Policy']).toBe('same-origin');
		});

		it(`points every outside address the editor would load from at the site’s own copy (${label} build)`, () => {
			const bundle = editorFile(inject(name), 'sveltia-cms.js');
			expect(bundle).not.toMatch(/cdn\.jsdelivr\.net|unpkg\.com\/@sveltia\/cms|githubstatus\.com\/api/);
			expect(bundle).toContain(`url(${base}admin/fonts/material-symbols-outlined-latin-wght-normal.woff2)`);
			expect(bundle).toContain(`\`${base}admin/sveltia-cms\``);
		});
	}
});

describe('the editor in Chromium', () => {
	let browser: Browser;

	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});

	for (const [label, name, base] of BUILDS) {
		it(`opens a local copy with everything it loads coming from the site itself, in British English (${label} build)`, async () => {
			const dist = inject(name);
			const site = await serveDist(dist, base, headersOf(dist, `${base}admin/`));
			const context = await browser.newContext({ locale: 'en-GB' });
			const page = await context.newPage();
			const requests: string[] = [];
			const problems: string[] = [];
			page.on('request', (request) => requests.push(request.url()));
			page.on('requestfailed', (request) => problems.push(`failed: ${request.url()} ${request.failure()?.errorText}`));
			page.on('console', (message) => {
				if (message.type() === 'error') problems.push(`console: ${message.text()}`);
			});
			page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
			await page.exposeFunction('reportViolation', (text: string) => problems.push(text));
			await page.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (event) => {
					(window as unknown as { reportViolation: (text: string) => void }).reportViolation(
						`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`,
					);
				});
			});
			await offerLocalFolder(page, readProjectFolder(FIXTURE_SITE));
			try {
				await page.goto(`${site.url}admin/`);
				await page.getByRole('button', { name: 'Work with Local Repository' }).click();
				await page.getByRole('button', { name: 'Create New Entry' }).first().waitFor();
				const collections = readable(await page.locator('body').innerText());
				expect(collections).toContain('Board minutes');
				expect(collections).toContain('People, organisations, topics, series and the glossary');
				// The UI's icons are drawn with the site's copy of the icon font, not shown as their names.
				expect(await page.evaluate(() => document.fonts.check('24px "Material Symbols Outlined"'))).toBe(true);
				expect(await page.evaluate(() => [...document.fonts].some((font) => font.family.includes('Material Symbols') && font.status === 'loaded'))).toBe(true);
				const origin = new URL(site.url).origin;
				expect(requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith(`blob:${origin}/`))).toEqual([]);
				expect(requests).toContain(
					`${origin}${base}admin/sveltia-cms@${JSON.parse(readFileSync(join(ROOT, 'node_modules/@sveltia/cms/package.json'), 'utf8')).version}/locales/en-GB.json`,
				);
				expect(problems).toEqual([]);
			} finally {
				await context.close();
				await site.close();
			}
		});
	}
});
