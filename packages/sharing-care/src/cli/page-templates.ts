import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ENTRY_COLLECTIONS } from '../collections/index.ts';

/** One page that stands for a page template in the whole-site checks. */
export interface TemplatePage {
	/** The template's name: "home", "blog entry", "search (with results)". */
	name: string;
	/** The address under the base path, without a leading slash: `blog/`, `search/?q=co-production`. */
	path: string;
	/** The built file that answers it, relative to dist. */
	file: string;
	/** The status it is served with (the 404 page is served for any unknown address). */
	status: 200 | 404;
}

export interface TemplateChoice {
	/** Words to search for, which published entries hold: the search page is then checked with its results shown. */
	searchQuery?: string;
	/** Entries that stand for their template, by collection, when a site has one that shows more than the largest. */
	preferredEntries?: Record<string, string>;
}

function subfolders(dist: string, folder: string): string[] {
	const dir = join(dist, folder);
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((name) => existsSync(join(dir, name, 'index.html')))
		.sort();
}

/** The sub-page of a folder with the largest HTML file: it shows the most of its template's features. */
function richest(dist: string, folder: string, preferred?: string): string | undefined {
	const names = subfolders(dist, folder);
	if (preferred && names.includes(preferred)) return preferred;
	return names.sort((a, b) => statSync(join(dist, folder, b, 'index.html')).size - statSync(join(dist, folder, a, 'index.html')).size || a.localeCompare(b))[0];
}

/**
 * Every page template a built site has, each with one built page standing for it: home, each collection's
 * index and an entry of each, topics, people, organisations, series, search (with results when given words to
 * search for), subscribe, the accessibility statement, the glossary, the decisions register, the actions tracker
 * and the 404 page. Returns the templates found and the names of those the site does not have.
 */
export function findTemplatePages(dist: string, { searchQuery, preferredEntries = {} }: TemplateChoice = {}): { pages: TemplatePage[]; missing: string[] } {
	const pages: TemplatePage[] = [];
	const missing: string[] = [];
	const want = (name: string, path: string | undefined, file?: string, status: 200 | 404 = 200) => {
		const built = file ?? (path === undefined ? undefined : `${path.split('?')[0]}index.html`);
		if (path !== undefined && built && existsSync(join(dist, built))) pages.push({ name, path, file: built, status });
		else missing.push(name);
	};
	want('home', '');
	// Each collection has an index page and entry pages.
	for (const collection of ENTRY_COLLECTIONS) {
		want(`${collection} index`, `${collection}/`);
		const entry = richest(dist, collection, preferredEntries[collection]);
		want(`${collection} entry`, entry && `${collection}/${entry}/`);
	}
	want('topics index', 'topics/');
	const topic = richest(dist, 'topics');
	want('topic', topic && `topics/${topic}/`);
	want('people index', 'people/');
	const person = richest(dist, 'people');
	want('person', person && `people/${person}/`);
	want('organisations index', 'organisations/');
	const organisation = richest(dist, 'organisations');
	want('organisation', organisation && `organisations/${organisation}/`);
	const series = richest(dist, 'series');
	want('series', series && `series/${series}/`);
	if (searchQuery) want('search (with results)', `search/?q=${encodeURIComponent(searchQuery)}`);
	else want('search', 'search/');
	want('subscribe', 'subscribe/');
	want('accessibility statement', 'accessibility/');
	want('glossary', 'glossary/');
	want('decisions register', 'decisions/');
	want('actions tracker', 'actions/');
	want('404', 'this-page-does-not-exist/', '404.html', 404);
	return { pages, missing };
}

/** Whether a template page is the search page showing results, which must load before it is checked. */
export function isSearchPage(page: TemplatePage): boolean {
	return page.path.startsWith('search/?');
}

/** Waits until the search page lists at least one result: a visible link in main to an entry page. */
export async function waitForSearchResults(page: Page, timeout = 15_000): Promise<void> {
	await page.waitForFunction(
		(entryPath) =>
			[...document.querySelectorAll<HTMLAnchorElement>('main a[href]')].some((link) => {
				const path = new URL(link.href).pathname;
				return new RegExp(entryPath).test(path) && link.getClientRects().length > 0;
			}),
		`/(${ENTRY_COLLECTIONS.join('|')})/[^/]+/$`,
		// Checked every 50 ms, not at every animation frame, which would keep Chromium drawing while it waits.
		{ timeout, polling: 50 },
	);
}
