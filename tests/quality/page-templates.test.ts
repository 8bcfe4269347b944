import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { headersForPath, parseHeadersFile } from '../../packages/sharing-care/src/lib/headers/format-headers-file.ts';
import { browseSite } from '../support/browse-site.ts';
import { poolPages } from '../support/page-pool.ts';
import { findTemplatePages, isSearchPage, waitForSearchResults } from '../support/page-templates.ts';
import { runAxe } from '../../packages/sharing-care/src/cli/run-axe.ts';
import { watchPage } from '../support/watch-page.ts';

/**
 * One visit to every page template of the root build, served as a host serves it (with the headers of its
 * `_headers` file, so the Content Security Policy holds), checks four gates at once: accessibility (axe-core
 * and reflow), privacy (nothing requested from another host) and security (no CSP violation, no console error).
 * The base-path build's visit is in privacy.test.ts; typing a search, in security.test.ts.
 */
const dist = inject('siteDist');
const { pages, missing } = findTemplatePages(dist);

const browsed = browseSite(dist, '/', headersForPath(parseHeadersFile(readFileSync(join(dist, '_headers'), 'utf8')), '/'));
const desktop = poolPages(() => browsed.browser, { viewport: { width: 1280, height: 800 } });

describe('page templates', () => {
	it('are all built, so every template below is checked', () => {
		expect(missing).toEqual([]);
	});
});

/** Elements that stick out past the right edge of the window, outside any scrolling box of their own (which WCAG allows for tables). */
async function overflowingElements(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		const scrolls = (element: Element | null): boolean => {
			for (let node = element; node && node !== document.body; node = node.parentElement) {
				if (/(auto|scroll)/.test(getComputedStyle(node).overflowX)) return true;
			}
			return false;
		};
		const out: string[] = [];
		for (const element of document.body.querySelectorAll('*')) {
			const rect = element.getBoundingClientRect();
			if (rect.width <= 1 || rect.height <= 1 || rect.right <= width + 1) continue;
			if (scrolls(element.parentElement)) continue;
			out.push(`${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}.${[...element.classList].join('.')} ends at ${Math.round(rect.right)}px`);
		}
		return out;
	});
}

/**
 * Reflow (WCAG 1.4.10) at 320 CSS pixels, and at 200% zoom of a 1280-pixel window, which is 640 CSS pixels:
 * zoom changes the layout only through the width in CSS pixels, so each page is resized, not reloaded.
 */
const REFLOW = [
	['at 320 px wide', { width: 320, height: 640 }],
	['at 200% zoom', { width: 640, height: 400 }],
] as const;

/** The problems reflow finds on a page at each width; the page is left at the last width. */
async function reflowProblems(page: Page): Promise<string[]> {
	const problems: string[] = [];
	for (const [label, viewport] of REFLOW) {
		await page.setViewportSize(viewport);
		const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
		if (scrollWidth > viewport.width) problems.push(`${label}: the page is ${scrollWidth}px wide`);
		for (const element of await overflowingElements(page)) problems.push(`${label}: ${element}`);
	}
	return problems;
}

// Several templates at once, each in a page of the pool: the pages share one renderer process, and while it runs one
// page's scripts, the browser's other processes and the test work for the others.
describe.concurrent('every page template, served with the site’s headers', () => {
	it.for(pages.map((page) => [page.name, page] as const))(
		'%s: passes axe-core’s WCAG 2.2 AA rules, reflows at 320 px and at 200% zoom, requests nothing from another host and breaks no CSP rule',
		async ([, template], { expect }) => {
			const { response, watch, violations, reflow } = await desktop.use(async (page) => {
				const watch = await watchPage(page);
				const response = await page.goto(browsed.site.url + template.path);
				if (isSearchPage(template)) await waitForSearchResults(page);
				return { response, watch, violations: await runAxe(page), reflow: await reflowProblems(page) };
			});
			expect(response?.status(), template.path).toBe(template.status);
			expect(violations, JSON.stringify(violations, null, 2)).toEqual([]);
			expect(reflow, 'reflow').toEqual([]);
			const origin = new URL(browsed.site.url).origin;
			expect(watch.requests.length).toBeGreaterThan(0);
			expect(
				watch.requests.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url)),
				'requests to another host',
			).toEqual([]);
			// The search page's own files come from the site, so the log really is of this page's search.
			if (isSearchPage(template)) expect(watch.requests.some((url) => url.startsWith(`${origin}/pagefind/`))).toBe(true);
			// The 404 page is served with status 404, which Chromium reports as a console error: that one is expected.
			expect(
				watch.problems.filter((problem) => template.status !== 404 || !/status of 404/.test(problem)),
				'CSP violations and console errors',
			).toEqual([]);
		},
	);
});
