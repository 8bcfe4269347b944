import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROUTE_SPECIFIER, ROUTES, routesFor } from './routes.ts';

/** The kit's pages. */
const ROUTES_DIR = resolve(import.meta.dirname, '../routes');
const ALWAYS = ROUTES.filter((route) => !route.needs.length && !route.needsItems).map((route) => route.pattern);
const ALL_ON = { search: true, feeds: true, minutes: true, decisions: true };
/** Reference data with items: the glossary has terms. */
const FILLED = new Set(['glossary'] as const);
const patterns = (features: typeof ALL_ON, filled: ReadonlySet<'glossary'> = FILLED) => routesFor(features, filled).map((route) => route.pattern);

describe('routesFor', () => {
	it('adds every route when every feature is on', () => {
		expect(patterns(ALL_ON)).toEqual(ROUTES.map((route) => route.pattern));
	});

	it('adds only the pages every site has when every feature is off and the glossary has no terms', () => {
		expect(patterns({ search: false, feeds: false, minutes: false, decisions: false }, new Set())).toEqual(ALWAYS);
		expect(ALWAYS).toEqual(expect.arrayContaining(['/', '/404', '/[collection]/[...id]', '/admin']));
	});

	it("reaches each file through the package, as a co-op's site imports the kit", () => {
		for (const route of routesFor(ALL_ON, FILLED)) expect(route.entrypoint.startsWith(ROUTE_SPECIFIER), route.entrypoint).toBe(true);
	});

	it('adds the glossary page while the glossary has terms, whatever the features', () => {
		expect(patterns({ search: false, feeds: false, minutes: false, decisions: false })).toEqual([...ALWAYS, '/glossary']);
		expect(patterns(ALL_ON, new Set())).not.toContain('/glossary');
		expect(patterns(ALL_ON, new Set())).toHaveLength(ROUTES.length - 1);
	});

	it('leaves out the search page when search is off', () => {
		expect(patterns({ ...ALL_ON, search: false })).not.toContain('/search');
		expect(patterns({ ...ALL_ON, search: false })).toHaveLength(ROUTES.length - 1);
	});

	it('leaves out every feed, the feed stylesheet and the subscribe page when feeds are off', () => {
		expect(patterns({ ...ALL_ON, feeds: false })).toEqual([...ALWAYS, '/search', '/decisions/[...year]', '/decisions/topics/[topic]', '/actions', '/glossary']);
	});

	it('leaves out the decisions register, its feed and the actions tracker when decisions are off', () => {
		const left = patterns({ ...ALL_ON, decisions: false });
		expect(left.filter((pattern) => /decisions|actions/.test(pattern))).toEqual([]);
		expect(left).toContain('/[collection]/rss.xml');
	});

	it('needs both feeds and decisions for the decisions feed', () => {
		expect(patterns({ ...ALL_ON, feeds: false })).not.toContain('/decisions/rss.xml');
		expect(patterns({ ...ALL_ON, decisions: false })).not.toContain('/decisions/rss.xml');
	});

	it('gives minutes no route of its own: the collection pages list the collections switched on', () => {
		expect(patterns({ ...ALL_ON, minutes: false })).toEqual(patterns(ALL_ON));
	});
});

describe('ROUTES', () => {
	it('names a file that exists for every route', () => {
		for (const route of ROUTES) expect(existsSync(join(ROUTES_DIR, route.file)), route.file).toBe(true);
	});

	it("covers every file in the kit's routes, so no page is left unreachable", () => {
		const files = readdirSync(ROUTES_DIR, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => relative(ROUTES_DIR, join(entry.parentPath, entry.name)).split(sep).join('/'))
			.sort();
		expect(ROUTES.map((route) => route.file).sort()).toEqual(files);
	});

	it('gives each route a pattern that matches where its file sits', () => {
		for (const { pattern, file } of ROUTES) {
			const fromFile = `/${file.replace(/\.(astro|ts)$/, '').replace(/\/?index$/, '')}`;
			expect(fromFile, file).toBe(pattern);
		}
	});
});
