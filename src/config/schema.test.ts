import { describe, expect, it } from 'vitest';
import siteConfig from '../../site.config.ts';
import { normaliseBasePath, resolveSiteConfig } from './resolve-site-config.ts';

const minimal = { name: 'Example Care Co-op', shortName: 'Example', tagline: 'Learning shared.', introduction: 'Hello.', url: 'https://example.org', footerText: 'Example.' };

describe('resolveSiteConfig', () => {
	it('accepts the shipped config with its default colours', () => {
		expect(resolveSiteConfig(siteConfig).colours.brand).toMatch(/^#[0-9a-f]{6}$/i);
	});

	it('fills in every default from the schema', () => {
		const config = resolveSiteConfig(minimal);
		expect(config).toMatchObject({ basePath: '/', locale: 'en-GB', features: { search: true, feeds: true, minutes: true, decisions: true } });
	});

	it('lets SITE_URL and BASE_PATH override the config', () => {
		const config = resolveSiteConfig(minimal, { SITE_URL: 'https://preview.example.net/', BASE_PATH: 'coop-kit' });
		expect(config.url).toBe('https://preview.example.net');
		expect(config.basePath).toBe('/coop-kit/');
	});

	it('refuses a palette whose text fails WCAG AA, naming the pair and the ratio', () => {
		expect(() => resolveSiteConfig({ ...minimal, colours: { brand: '#88c0a0' } })).toThrowErrorMatchingInlineSnapshot(`
			[Error: site.config.ts
			  - colours.brand: brand (#88c0a0) on background (#ffffff) has a contrast ratio of 2.08:1; WCAG AA needs at least 4.5:1. Choose a darker or lighter colour.
			  - colours.onBrand: onBrand (#ffffff) on brand (#88c0a0) has a contrast ratio of 2.08:1; WCAG AA needs at least 4.5:1. Choose a darker or lighter colour.]
		`);
	});

	it('refuses unknown fields and a missing name', () => {
		const { name: _name, ...rest } = minimal;
		expect(() => resolveSiteConfig({ ...rest, colour: 'red' } as never)).toThrow(/name: This is required but missing[\s\S]*Unknown field "colour"/);
	});
});

describe('normaliseBasePath', () => {
	it('gives a path that starts and ends with one slash', () => {
		expect(normaliseBasePath('coop-kit')).toBe('/coop-kit/');
		expect(normaliseBasePath('//coop-kit//')).toBe('/coop-kit/');
		expect(normaliseBasePath('/')).toBe('/');
		expect(normaliseBasePath('')).toBe('/');
	});
});
