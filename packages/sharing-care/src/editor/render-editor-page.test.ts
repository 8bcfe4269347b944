import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { readAttribute } from '../lib/html/read-html.ts';
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
		const editor = fromHtml(renderEditorPage(page));
		expect(selectAll('script', editor).map((script) => readAttribute(script, 'src'))).toEqual([
			'/coop-kit/admin/sveltia-cms.js',
			'/coop-kit/admin/preview-styles.js',
			'/coop-kit/admin/preview-templates.js',
		]);
		const config = select('link[rel=cms-config-url]', editor)!;
		expect([readAttribute(config, 'href'), readAttribute(config, 'type')]).toEqual(['/coop-kit/admin/config.yml', 'application/yaml']);
	});

	it('carries its own policy, keeps out of search engines and names no stylesheet of the site', () => {
		const editor = fromHtml(renderEditorPage(page));
		expect(readAttribute(select('meta[http-equiv=content-security-policy]', editor)!, 'content')).toBe(page.policy);
		expect(readAttribute(select('meta[name=robots]', editor)!, 'content')).toBe('noindex');
		expect(select('[rel~=stylesheet]', editor)).toBeUndefined();
	});

	it('escapes the site’s words in its title', () => {
		expect(renderEditorPage(page)).toContain('<title>Editor | Hillside &amp; Dale &quot;Care&quot;</title>');
	});
});
