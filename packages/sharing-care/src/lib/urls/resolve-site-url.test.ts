import { describe, expect, it } from 'vitest';
import { resolveSiteUrl } from './resolve-site-url.ts';

const root = { url: 'https://care.example.org', basePath: '/' };
const folder = { url: 'https://coops.example.org', basePath: '/coop-kit/' };

describe('resolveSiteUrl', () => {
	it('gives the full address of a path at the root of the domain', () => {
		expect(resolveSiteUrl(root, 'topics/')).toBe('https://care.example.org/topics/');
		expect(resolveSiteUrl(root, '/')).toBe('https://care.example.org/');
	});

	it('puts the path under the base path, once', () => {
		expect(resolveSiteUrl(folder, '/blog/my-post/')).toBe('https://coops.example.org/coop-kit/blog/my-post/');
		expect(resolveSiteUrl(folder, '/coop-kit/_astro/cover.jpg')).toBe('https://coops.example.org/coop-kit/_astro/cover.jpg');
	});

	it('keeps an anchor on the path and passes other sites’ addresses through', () => {
		expect(resolveSiteUrl(folder, 'decisions/#d-2025-01')).toBe('https://coops.example.org/coop-kit/decisions/#d-2025-01');
		expect(resolveSiteUrl(folder, 'https://example.org/x')).toBe('https://example.org/x');
	});
});
