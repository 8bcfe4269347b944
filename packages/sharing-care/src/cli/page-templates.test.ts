import { afterAll, describe, expect, it } from 'vitest';
import { page, removeTempSites, writeTempSite } from '../../test/support/temp-site.ts';
import { searchWordsFor } from './check-accessibility.ts';
import { findTemplatePages, isSearchPage } from './page-templates.ts';

afterAll(removeTempSites);

/** A small built site: a home page, the blog with two posts (one longer), topics, search and the 404 page. */
const site = () =>
	writeTempSite({
		'index.html': page('/'),
		'blog/index.html': page('/blog/'),
		'blog/short/index.html': page('/blog/short/', '<h1>A post</h1>'),
		'blog/long/index.html': page('/blog/long/', '<main><h1>Our <em>first</em> month &amp; members</h1><p>Much more text than the other.</p></main>'),
		'topics/index.html': page('/topics/'),
		'search/index.html': page('/search/'),
		'404.html': page('/404.html'),
	});

describe('findTemplatePages', () => {
	it('finds one page of each template a site has, the richest entry of each collection, and names the rest', () => {
		const { pages, missing } = findTemplatePages(site());
		expect(pages.map((template) => [template.name, template.path, template.status])).toEqual([
			['home', '', 200],
			['blog index', 'blog/', 200],
			['blog entry', 'blog/long/', 200],
			['topics index', 'topics/', 200],
			['search', 'search/', 200],
			['404', 'this-page-does-not-exist/', 404],
		]);
		expect(missing).toContain('reports entry');
		expect(missing).toContain('glossary');
		expect(pages.some(isSearchPage)).toBe(false);
	});

	it('checks the search page with its results when given words to search for, and prefers the entries it is told to', () => {
		const { pages } = findTemplatePages(site(), { searchQuery: 'first month', preferredEntries: { blog: 'short' } });
		expect(pages.find((template) => template.name === 'blog entry')?.path).toBe('blog/short/');
		const search = pages.find(isSearchPage);
		expect(search).toMatchObject({ name: 'search (with results)', path: 'search/?q=first%20month', file: 'search/index.html' });
	});
});

describe('searchWordsFor', () => {
	it('searches for the longest word of an entry’s title, and for nothing on a site with no entries', () => {
		expect(searchWordsFor(site())).toBe('members');
		expect(searchWordsFor(writeTempSite({ 'index.html': page('/') }))).toBeUndefined();
	});
});
