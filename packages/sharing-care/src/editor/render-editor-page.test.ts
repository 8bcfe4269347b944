import { describe, expect, it } from 'vitest';
import { readTags } from '../lib/html/read-html.ts';
import { renderEditorPage } from './render-editor-page.ts';

const page = {
	lang: 'en-GB',
	title: 'Editor | Hillside & Dale "Care"',
	icon: '/coop-kit/icon.svg',
	folder: '/coop-kit/admin/',
	needsJavaScript: 'The editor needs JavaScript.',
	policy: "default-src 'self'; style-src 'self' 'unsafe-inline'",
};

describe('renderEditorPage', () => {
	it('loads the editor, then its preview styles and templates, from its folder, with its config beside them', () => {
		const tags = readTags(renderEditorPage(page));
		expect(tags.filter((tag) => tag.name === 'script' && !tag.closing).map((tag) => tag.attributes.src)).toEqual([
			'/coop-kit/admin/sveltia-cms.js',
			'/coop-kit/admin/preview-styles.js',
			'/coop-kit/admin/preview-templates.js',
		]);
		expect(tags.find((tag) => tag.attributes.rel === 'cms-config-url')?.attributes).toMatchObject({ href: '/coop-kit/admin/config.yml', type: 'application/yaml' });
	});

	it('carries its own policy, keeps out of search engines and names no stylesheet of the site', () => {
		const tags = readTags(renderEditorPage(page));
		expect(tags.find((tag) => tag.attributes['http-equiv'] === 'content-security-policy')?.attributes.content).toBe(page.policy);
		expect(tags.find((tag) => tag.attributes.name === 'robots')?.attributes.content).toBe('noindex');
		expect(tags.some((tag) => tag.attributes.rel === 'stylesheet')).toBe(false);
	});

	it('escapes the site’s words in its title', () => {
		expect(renderEditorPage(page)).toContain('<title>Editor | Hillside &amp; Dale &quot;Care&quot;</title>');
	});
});
