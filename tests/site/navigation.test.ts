import { describe, expect, inject, it } from 'vitest';
import { COLLECTIONS } from '../../packages/sharing-care/src/data/collection-info.ts';
import { parsePage } from '../support/parse-page.ts';
import { listFiles, readPage } from '../support/read-dist.ts';

/** Internal page links on a built page, as site paths ending in `/`. */
function linksOn(dist: string, path: string): string[] {
	const page = parsePage(readPage(dist, path));
	return page
		.selectAll('a[href^="/"]')
		.map((link) => page.attr(link, 'href')!)
		.filter((href) => !/[#?]/.test(href) && href.endsWith('/'));
}

/** The fewest clicks from the home page to each page, following only links that pass `follow`. */
function clicksFromHome(dist: string, follow: (from: string, to: string) => boolean): Map<string, number> {
	const depth = new Map<string, number>([['/', 0]]);
	const built = new Set(listFiles(dist));
	let frontier = ['/'];
	for (let clicks = 1; clicks <= 3; clicks++) {
		const next: string[] = [];
		for (const page of frontier) {
			for (const link of linksOn(dist, page)) {
				if (depth.has(link) || !follow(page, link) || !built.has(`${link.slice(1)}index.html`)) continue;
				depth.set(link, clicks);
				next.push(link);
			}
		}
		frontier = next;
	}
	return depth;
}

const entryPages = (dist: string) =>
	listFiles(dist, 'index.html')
		.map((file) => `/${file.replace(/index\.html$/, '')}`)
		.filter((path) => COLLECTIONS.some((c) => path.startsWith(`/${c.id}/`) && path !== `/${c.id}/` && !path.includes('/rss')));

describe('browsing from the home page', () => {
	it('reaches every published entry in at most three clicks through the type pages', () => {
		const dist = inject('siteDist');
		const typePages = COLLECTIONS.map((c) => `/${c.id}/`);
		const depth = clicksFromHome(dist, (from, to) => (from === '/' ? typePages.includes(to) : typePages.includes(from)));
		for (const page of entryPages(dist)) expect(depth.get(page), page).toBeLessThanOrEqual(3);
	});

	it('reaches every entry with a topic in at most three clicks through the topic pages', () => {
		const dist = inject('siteDist');
		const depth = clicksFromHome(dist, (from, to) => (from === '/' ? to.startsWith('/topics/') : from.startsWith('/topics/')));
		const withTopics = entryPages(dist).filter((page) => !page.startsWith('/minutes/'));
		expect(withTopics.length).toBeGreaterThanOrEqual(9);
		for (const page of withTopics) expect(depth.get(page), page).toBeLessThanOrEqual(3);
	});
});
