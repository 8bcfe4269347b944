import { describe, expect, it } from 'vitest';
import { pathPatternsOutside } from './path-patterns-outside.ts';

describe('pathPatternsOutside', () => {
	const entries = [
		{ name: 'index.html', folder: false },
		{ name: 'blog', folder: true },
		{ name: 'admin', folder: true },
		{ name: 'rss.xml', folder: false },
	];

	it('covers the home page, each top-level file and each other folder with everything in it, under the base path', () => {
		expect(pathPatternsOutside(entries, '/coop-kit/', ['admin'])).toEqual(['/coop-kit/', '/coop-kit/blog/*', '/coop-kit/index.html', '/coop-kit/rss.xml']);
	});

	it('lists a folder that is named twice (found, and known to come) once', () => {
		expect(pathPatternsOutside([...entries, { name: 'blog', folder: true }], '/', ['admin'])).toEqual(['/', '/blog/*', '/index.html', '/rss.xml']);
	});
});
