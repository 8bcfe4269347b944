import { describe, expect, it } from 'vitest';
import { localiseBundle } from './localise-bundle.ts';

describe('localiseBundle', () => {
	const bundle = 'var a=`https://unpkg.com/@sveltia/cms`,b=a+`/package.json`;@font-face{src:url(https://cdn.example/fonts/sans:vf@5.3.0/latin.woff2)}';

	it('points every listed address, exact or by pattern, at the site’s own copy', () => {
		const localised = localiseBundle(bundle, [
			{ from: 'https://unpkg.com/@sveltia/cms', to: '/admin/sveltia-cms' },
			{ from: /https:\/\/cdn\.example\/fonts\/sans:vf@[\d.]+\/latin\.woff2/, to: '/admin/fonts/sans.woff2' },
		]);
		expect(localised).toBe('var a=`/admin/sveltia-cms`,b=a+`/package.json`;@font-face{src:url(/admin/fonts/sans.woff2)}');
	});

	it('refuses a list that names an address the bundle no longer has', () => {
		expect(() => localiseBundle(bundle, [{ from: 'https://unpkg.com/@shikijs', to: '/admin/shiki' }])).toThrow(
			/no longer names https:\/\/unpkg\.com\/@shikijs/,
		);
	});
});
