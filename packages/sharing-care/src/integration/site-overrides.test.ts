import { describe, expect, it } from 'vitest';
import { KIT_COMPONENTS } from '../config/schema.ts';
import { buildOverrideModules, siteOverrides } from './site-overrides.ts';

describe('buildOverrideModules', () => {
	it('imports the site’s stylesheets, in order, from its folder, and the kit’s components where the site has none of its own', () => {
		const modules = buildOverrideModules('/sites/riverside', { customCss: ['./src/styles/custom.css', './src/styles/print.css'], components: KIT_COMPONENTS });
		expect(modules.get('virtual:sharing-care/custom-css')).toBe(
			'import "/sites/riverside/src/styles/custom.css";\nimport "/sites/riverside/src/styles/print.css";\n',
		);
		expect(modules.get('virtual:sharing-care/components/Header')).toBe('export { default } from "sharing-care/components/SiteHeader.astro";\n');
		expect(modules.get('virtual:sharing-care/components/Footer')).toBe('export { default } from "sharing-care/components/SiteFooter.astro";\n');
		expect(modules.get('virtual:sharing-care/components/HomeIntroduction')).toBe('export { default } from "sharing-care/components/HomeIntroduction.astro";\n');
	});

	it('gives the site’s own component in place of the kit’s, and no stylesheet when it has none', () => {
		const modules = buildOverrideModules('/sites/riverside', { customCss: [], components: { ...KIT_COMPONENTS, Header: './src/components/Header.astro' } });
		expect(modules.get('virtual:sharing-care/components/Header')).toBe('export { default } from "/sites/riverside/src/components/Header.astro";\n');
		expect(modules.get('virtual:sharing-care/custom-css')).toBe('');
	});
});

describe('siteOverrides', () => {
	it('serves those modules, and leaves every other module to Vite', () => {
		const plugin = siteOverrides('/sites/riverside', { customCss: [], components: KIT_COMPONENTS });
		const resolveId = plugin.resolveId as (id: string) => string | undefined;
		const load = plugin.load as (id: string) => string | undefined;
		expect(resolveId('virtual:sharing-care/components/Footer')).toBe('\0virtual:sharing-care/components/Footer');
		expect(load('\0virtual:sharing-care/components/Footer')).toContain('SiteFooter.astro');
		expect(resolveId('virtual:sharing-care/components/Sidebar')).toBeUndefined();
		expect(load('/sites/riverside/src/pages/index.astro')).toBeUndefined();
	});
});
