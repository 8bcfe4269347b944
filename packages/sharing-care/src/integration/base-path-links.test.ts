import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { basePathLinks } from './base-path-links.ts';

const markdown = async (source: string, base = '/coop-kit/') => (await markdownToHtml(source, { hastPlugins: [basePathLinks(base)] })).html;
const mdx = async (source: string, base = '/coop-kit/') => (await mdxToJs(source, { hastPlugins: [basePathLinks(base)] })).code;

describe('basePathLinks', () => {
	it('puts Markdown links and images written from the site root under the base path', async () => {
		const html = await markdown('See [co-production](/topics/co-production/) and ![Our logo](/logo.png).');
		expect(html).toContain('<a href="/coop-kit/topics/co-production/">co-production</a>');
		expect(html).toContain('<img src="/coop-kit/logo.png" alt="Our logo">');
	});

	it('rebases reference-style links too', async () => {
		expect(await markdown('Read [the report][r].\n\n[r]: /reports/final/#summary\n')).toContain('href="/coop-kit/reports/final/#summary"');
	});

	it('leaves relative links, anchors and other sites as written', async () => {
		const html = await markdown('[a](../blog/) [b](#top) [c](https://example.org/) [d](mailto:hello@example.org) ![e](./photo.png)');
		expect(html).toContain('href="../blog/"');
		expect(html).toContain('href="#top"');
		expect(html).toContain('href="https://example.org/"');
		expect(html).toContain('href="mailto:hello@example.org"');
		expect(html).not.toContain('/coop-kit/');
	});

	it('rebases HTML written inside Markdown, inline and as a block', async () => {
		const html = await markdown('Go <a href="/blog/">to the blog</a>.\n\n<div><a href="/minutes/">Minutes</a> mention src="/x"</div>\n');
		expect(html).toContain('<a href="/coop-kit/blog/">to the blog</a>');
		expect(html).toContain('<a href="/coop-kit/minutes/">Minutes</a> mention src="/x"');
	});

	it('rebases links and HTML tags in MDX', async () => {
		const code = await mdx(
			'[Topics](/topics/) and <a href="/blog/">the blog</a>\n\n<img src="/logo.png" alt="Logo" />\n\n<a href={"/kept/"}>an expression</a>\n',
		);
		expect(code).toContain('href: "/coop-kit/topics/"');
		expect(code).toContain('href: "/coop-kit/blog/"');
		expect(code).toContain('src: "/coop-kit/logo.png"');
		expect(code).toContain('"/kept/"');
	});

	it('adds no plugin when the site is at the root of its domain', async () => {
		expect(basePathLinks('/')).toBe(false);
		expect(await markdown('[Topics](/topics/)', '/')).toContain('href="/topics/"');
	});
});
