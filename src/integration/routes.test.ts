import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FEATURE_ROUTES, routesFor } from './routes.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const ALL_ON = { search: true, feeds: true, minutes: true, decisions: true };
/** Reference data with items: the glossary has terms. */
const FILLED = new Set(['glossary'] as const);
const patterns = (features: typeof ALL_ON, filled: ReadonlySet<'glossary'> = FILLED) => routesFor(features, filled).map((route) => route.pattern);

describe('routesFor', () => {
	it('adds every feature route when every feature is on', () => {
		expect(patterns(ALL_ON)).toEqual(FEATURE_ROUTES.map((route) => route.pattern));
	});

	it('adds none when every feature is off and the glossary has no terms', () => {
		expect(routesFor({ search: false, feeds: false, minutes: false, decisions: false })).toEqual([]);
	});

	it('adds the glossary page while the glossary has terms, whatever the features', () => {
		expect(patterns({ search: false, feeds: false, minutes: false, decisions: false })).toEqual(['/glossary']);
		expect(patterns(ALL_ON, new Set())).not.toContain('/glossary');
		expect(patterns(ALL_ON, new Set())).toHaveLength(FEATURE_ROUTES.length - 1);
	});

	it('leaves out the search page when search is off', () => {
		expect(patterns({ ...ALL_ON, search: false })).not.toContain('/search');
		expect(patterns({ ...ALL_ON, search: false })).toHaveLength(FEATURE_ROUTES.length - 1);
	});

	it('leaves out every feed, the feed stylesheet and the subscribe page when feeds are off', () => {
		expect(patterns({ ...ALL_ON, feeds: false })).toEqual(['/search', '/decisions/[...year]', '/decisions/topics/[topic]', '/actions', '/glossary']);
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

describe('FEATURE_ROUTES', () => {
	it('names a file that exists for every route', () => {
		for (const route of FEATURE_ROUTES) expect(existsSync(join(ROOT, route.entrypoint)), route.entrypoint).toBe(true);
	});

	it('covers every file in src/routes, so no feature page is left unreachable', () => {
		const dir = join(ROOT, 'src', 'routes');
		const files = readdirSync(dir, { recursive: true, withFileTypes: true })
			.filter((entry) => entry.isFile())
			.map((entry) => relative(ROOT, join(entry.parentPath, entry.name)).split(sep).join('/'))
			.sort();
		expect(FEATURE_ROUTES.map((route) => route.entrypoint).sort()).toEqual(files);
	});

	it('gives each route a pattern that matches where its file sits', () => {
		for (const { pattern, entrypoint } of FEATURE_ROUTES) {
			const fromFile = `/${entrypoint.replace(/^src\/routes\//, '').replace(/\.(astro|ts)$/, '').replace(/\/?index$/, '')}`;
			expect(fromFile, entrypoint).toBe(pattern);
		}
	});
});
