import { describe, expect, it } from 'vitest';
import { checkSiteConfig, normaliseBasePath, resolveSiteConfig } from './resolve-site-config.ts';
import { KIT_COMPONENTS, KIT_STATEMENT_PREPARED } from './schema.ts';
import { MINIMAL_SITE_CONFIG as minimal } from '../../test/support/minimal-site-config.ts';

describe('resolveSiteConfig', () => {
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

	it('refuses text still holding a WRITE placeholder, naming each field', () => {
		const input = {
			...minimal,
			name: "WRITE: your co-op's full name",
			url: 'https://WRITE-your-site-address.example',
			contact: { address: 'WRITE: one line' },
		};
		expect(() => resolveSiteConfig(input)).toThrow(
			/name: This still holds a WRITE placeholder[\s\S]*url: This still holds a WRITE placeholder[\s\S]*contact\.address: This still holds a WRITE placeholder/,
		);
	});

	it('lets SITE_URL stand in for an address still to be written', () => {
		expect(resolveSiteConfig({ ...minimal, url: 'https://WRITE-your-site-address.example' }, { SITE_URL: 'https://care.example.org' }).url).toBe(
			'https://care.example.org',
		);
	});

	it('refuses a site address with a folder, pointing to basePath', () => {
		expect(() => resolveSiteConfig({ ...minimal, url: 'https://example.github.io/sharing-care' })).toThrow(/url: .*put the folder in basePath/);
	});

	it('refuses a navigation link that is neither a site path nor a full address', () => {
		expect(() => resolveSiteConfig({ ...minimal, navigation: [{ label: 'About', href: 'about/' }] })).toThrow(
			/navigation\[0\]\.href: Start a link inside this site with "\/"/,
		);
		expect(
			resolveSiteConfig({
				...minimal,
				navigation: [
					{ label: 'About', href: '/about/' },
					{ label: 'Us', href: 'https://us.example' },
				],
			}).navigation,
		).toHaveLength(2);
	});

	it('refuses a language tag that is not one', () => {
		expect(() => resolveSiteConfig({ ...minimal, locale: 'English' })).toThrow(/locale: Write the language as a tag/);
		expect(() => resolveSiteConfig({ ...minimal, locale: 'en_GB' })).toThrow(/locale: Write the language as a tag/);
		expect(resolveSiteConfig({ ...minimal, locale: 'cy-GB' }).locale).toBe('cy-GB');
	});

	it('dates the accessibility statement from the kit unless the config gives days, and refuses a day that is not one', () => {
		expect(resolveSiteConfig(minimal).accessibility).toEqual({ prepared: KIT_STATEMENT_PREPARED });
		expect(resolveSiteConfig({ ...minimal, accessibility: { prepared: '2025-06-02', reviewed: '2026-01-12' } }).accessibility).toEqual({
			prepared: '2025-06-02',
			reviewed: '2026-01-12',
		});
		expect(() => resolveSiteConfig({ ...minimal, accessibility: { prepared: '02/06/2025' } })).toThrow(/accessibility\.prepared: Write the date as YYYY-MM-DD/);
		expect(() => resolveSiteConfig({ ...minimal, accessibility: { reviewed: '2025-02-30' } })).toThrow(/accessibility\.reviewed: Write the date as YYYY-MM-DD/);
	});

	it('lets entries publish documents of up to 20 MB unless the config sets another size above 0', () => {
		expect(resolveSiteConfig(minimal).attachments).toEqual({ maxSizeMB: 20 });
		expect(resolveSiteConfig({ ...minimal, attachments: { maxSizeMB: 2.5 } }).attachments).toEqual({ maxSizeMB: 2.5 });
		expect(() => resolveSiteConfig({ ...minimal, attachments: { maxSizeMB: 0 } })).toThrow(/attachments\.maxSizeMB: Write a size above 0 megabytes/);
		expect(() => resolveSiteConfig({ ...minimal, attachments: { maxSizeMB: '20MB' } } as never)).toThrow(
			/attachments\.maxSizeMB: Found "20MB", but expected a number/,
		);
		expect(() => resolveSiteConfig({ ...minimal, attachments: { maxSize: 20 } } as never)).toThrow(/Unknown field "maxSize"/);
	});

	it('refuses unknown fields and a missing name', () => {
		const { name: _name, ...rest } = minimal;
		expect(() => resolveSiteConfig({ ...rest, colour: 'red' } as never)).toThrow(/name: This is required but missing[\s\S]*Unknown field "colour"/);
	});
});

describe('the site’s own stylesheets and components', () => {
	it('has none unless the config names them: no stylesheets, and the kit’s own components', () => {
		const config = resolveSiteConfig(minimal);
		expect(config.customCss).toEqual([]);
		expect(config.components).toEqual(KIT_COMPONENTS);
	});

	it('takes stylesheets and components as paths from the project folder', () => {
		const config = resolveSiteConfig({ ...minimal, customCss: ['./src/styles/custom.css'], components: { Header: './src/components/Header.astro' } });
		expect(config.customCss).toEqual(['./src/styles/custom.css']);
		expect(config.components).toEqual({ ...KIT_COMPONENTS, Header: './src/components/Header.astro' });
	});

	it('refuses a path that is not a stylesheet or a component from the project folder, and a component it has no place for', () => {
		expect(() => resolveSiteConfig({ ...minimal, customCss: ['src/styles/custom.css'], components: { Footer: './src/components/Footer.tsx' } }))
			.toThrowErrorMatchingInlineSnapshot(`
			[Error: site.config.ts
			  - customCss[0]: Give the path of the stylesheet from the project folder, starting with "./" and ending in ".css", for example "./src/styles/custom.css".
			  - components.Footer: Give the path of your component from the project folder, starting with "./" and ending in ".astro", for example "./src/components/Footer.astro". Or remove the line to keep the kit’s own.]
		`);
		expect(() => resolveSiteConfig({ ...minimal, components: { Sidebar: './src/components/Sidebar.astro' } } as never)).toThrow(/Unknown field "Sidebar"/);
	});
});

describe('checkSiteConfig', () => {
	it('returns the config with its defaults when it is valid', () => {
		const result = checkSiteConfig(minimal, { BASE_PATH: 'coop-kit' });
		expect(result.ok && result.config.basePath).toBe('/coop-kit/');
	});

	it('returns zod’s issues, with their paths, and the config as checked', () => {
		const result = checkSiteConfig({ ...minimal, colours: { focus: 'yellow' } }, { SITE_URL: 'https://preview.example.net' });
		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.issues.map((issue) => issue.path)).toEqual([['colours', 'focus']]);
		expect(result.input.url).toBe('https://preview.example.net');
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
