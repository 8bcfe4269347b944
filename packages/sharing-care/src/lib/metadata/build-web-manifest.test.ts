import { describe, expect, it } from 'vitest';
import { buildWebManifest, type ManifestSource } from './build-web-manifest.ts';

const site: ManifestSource = {
	name: 'Riverside Care Co-operative',
	shortName: 'Riverside Care',
	tagline: 'How we share care in Riverside.',
	locale: 'cy-GB',
	basePath: '/',
	favicon: '/icon.svg',
	colours: { brand: '#5a2d82', background: '#fffdf7' },
};

describe('buildWebManifest', () => {
	it('names the site and labels its icon from the config', () => {
		expect(buildWebManifest(site)).toMatchObject({
			name: 'Riverside Care Co-operative',
			short_name: 'Riverside Care',
			description: 'How we share care in Riverside.',
			lang: 'cy-GB',
		});
	});

	it('colours the browser with the brand and background colours', () => {
		expect(buildWebManifest(site)).toMatchObject({ theme_color: '#5a2d82', background_color: '#fffdf7' });
	});

	it('keeps the start page, scope and icon under the base path', () => {
		const manifest = buildWebManifest({ ...site, basePath: '/coop-kit/' });
		expect(manifest).toMatchObject({ start_url: '/coop-kit/', scope: '/coop-kit/' });
		expect(manifest.icons).toEqual([{ src: '/coop-kit/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }]);
	});
});
