/**
 * Checks one page of each kind in a built site with axe-core's WCAG 2.2 A and AA rules, in headless Chromium:
 * home, each collection's list and an entry of each, topics, people, organisations, search (with results when
 * there are entries to find), the accessibility statement, the 404 page and the rest (page-templates.ts). The site
 * is served on 127.0.0.1 with the headers of its `_headers` file, as a host serves it, so its Content Security
 * Policy holds.
 *
 * Used by `sharing-care test`; it needs a Chromium (chromium.ts), and never downloads one.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { headersForPath, parseHeadersFile } from '../lib/headers/format-headers-file.ts';
import { select } from 'hast-util-select';
import { textOf } from '../lib/html/read-html.ts';
import { readBuiltPage } from './read-built-page.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';
import { findTemplatePages, isSearchPage, waitForSearchResults, type TemplatePage } from './page-templates.ts';
import { readSiteAddress } from './read-site-address.ts';
import { runAxe, type AxeViolation } from './run-axe.ts';
import { serveDist } from './serve-dist.ts';

export interface AccessibilityFinding {
	/** The page template and the address it was checked at. */
	page: string;
	violation: AxeViolation;
}

export interface AccessibilityReport {
	/** The pages checked, one per template. */
	pages: TemplatePage[];
	findings: AccessibilityFinding[];
}

/** How many pages are checked at once: one per core of a small machine. */
const AT_ONCE = 2;

/**
 * Words to search for that a published entry holds: the longest word of the title of an entry that stands for
 * its template. Undefined when the site has no entries (the search page is then checked without results).
 */
export function searchWordsFor(dist: string): string | undefined {
	const entry = findTemplatePages(dist).pages.find((page) => page.name.endsWith(' entry'));
	if (!entry) return undefined;
	const heading = select('h1', readBuiltPage(join(dist, entry.file)));
	const words = (heading ? textOf(heading) : '').match(/\p{L}{4,}/gu) ?? [];
	return words.sort((a, b) => b.length - a.length)[0]?.toLowerCase();
}

/** Checks one page of each template of the built site in `dist` with axe-core, in the Chromium at `chromiumPath`. */
export async function checkAccessibility(dist: string, chromiumPath = CHROMIUM_PATH): Promise<AccessibilityReport> {
	const { chromium } = await import('playwright-core');
	const searchQuery = searchWordsFor(dist);
	const { pages } = findTemplatePages(dist, searchQuery ? { searchQuery } : {});
	const { base } = readSiteAddress(dist);
	const headersFile = join(dist, '_headers');
	const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
	const [browser, site] = await Promise.all([
		chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS }),
		serveDist(dist, base, (path) => headersForPath(rules, path)),
	]);
	const findings: AccessibilityFinding[] = [];
	try {
		const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
		const queue = [...pages];
		// Each tab goes from template to template: a visit in an open tab costs Chromium less than opening one.
		const worker = async () => {
			const page = await context.newPage();
			try {
				for (let template = queue.shift(); template; template = queue.shift()) {
					await page.goto(site.url + template.path);
					if (isSearchPage(template)) await waitForSearchResults(page);
					for (const violation of await runAxe(page)) findings.push({ page: `${template.name} (${base}${template.path})`, violation });
				}
			} finally {
				await page.close();
			}
		};
		await Promise.all(Array.from({ length: AT_ONCE }, worker));
	} finally {
		await browser.close();
		await site.close();
	}
	findings.sort((a, b) => a.page.localeCompare(b.page));
	return { pages, findings };
}

/** One block per violation, for people: the page, the rule, what it asks for, and each element that fails it. */
export function formatAccessibilityFindings(findings: AccessibilityFinding[]): string {
	return findings
		.map(({ page, violation }) =>
			[`${page}: ${violation.help} (${violation.id}, ${violation.impact ?? 'unknown impact'})`, ...violation.nodes.map((node) => `    ${node}`)].join('\n'),
		)
		.join('\n');
}
