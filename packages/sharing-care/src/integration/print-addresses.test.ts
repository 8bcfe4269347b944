import { selectAll } from 'hast-util-select';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { PRINT_ADDRESS } from '../lib/html/add-print-addresses.ts';
import { parseFragment, readAttribute, textOf } from '../lib/html/read-html.ts';
import { basePathLinks } from './base-path-links.ts';
import { glossaryLinks } from './glossary-links.ts';
import { entryPageUrl, printAddresses } from './print-addresses.ts';

const SITE = { url: 'https://care.example.org', basePath: '/coop-kit/' };
const CONTENT = join('/', 'site', 'content');
const POST = pathToFileURL(join(CONTENT, 'blog', 'first-post.md'));
/** The kit's plugins in the kit's order: the base path and the glossary's links first, then the addresses. */
const PLUGINS = [
	basePathLinks(SITE.basePath),
	glossaryLinks([{ id: 'cqc', forms: ['CQC'], definition: 'The regulator of care in England.' }], SITE.basePath),
	printAddresses(CONTENT, SITE),
];

/** Each link of a Markdown entry at `file`, as its words and the address it is given for paper. */
async function printed(source: string, file = POST): Promise<(string | undefined)[][]> {
	const { html } = await markdownToHtml(source, { hastPlugins: PLUGINS, fileURL: file });
	return selectAll('a', parseFragment(html)).map((link) => [textOf(link), readAttribute(link, PRINT_ADDRESS)]);
}

describe('entryPageUrl', () => {
	it('is the full address of the page an entry file is published at, under the base path', () => {
		expect(entryPageUrl(join(CONTENT, 'blog', 'first-post.md'), CONTENT, SITE)).toBe('https://care.example.org/coop-kit/blog/first-post/');
		expect(entryPageUrl(join(CONTENT, 'minutes', '2024', 'agm.mdx'), CONTENT, SITE)).toBe('https://care.example.org/coop-kit/minutes/2024/agm/');
	});

	it('is undefined for a file that is not an entry', () => {
		expect(entryPageUrl(join(CONTENT, 'topics.yaml'), CONTENT, SITE)).toBeUndefined();
		expect(entryPageUrl(join(CONTENT, 'notes', 'x.md'), CONTENT, SITE)).toBeUndefined();
		expect(entryPageUrl(join('/', 'site', 'src', 'pages', 'about.md'), CONTENT, SITE)).toBeUndefined();
	});
});

describe('printAddresses', () => {
	it('gives each Markdown link, reference link and glossary link the full address it leads to, from the entry’s page', async () => {
		expect(
			await printed(
				'Read [co-production](/topics/co-production/), [the next post](../second-post/) and [the people][people] on the CQC.\n\n[people]: /people/',
			),
		).toEqual([
			['co-production', 'https://care.example.org/coop-kit/topics/co-production/'],
			['the next post', 'https://care.example.org/coop-kit/blog/second-post/'],
			['the people', 'https://care.example.org/coop-kit/people/'],
			['CQC', 'https://care.example.org/coop-kit/glossary/#cqc'],
		]);
	});

	it('gives none to in-page anchors, email links and links whose words are their address', async () => {
		expect(await printed('[The findings](#findings), [email us](mailto:hello@care.example.org) and <https://www.valleycare.coop>.')).toEqual([
			['The findings', undefined],
			['email us', undefined],
			['https://www.valleycare.coop', undefined],
		]);
	});

	it('gives links written in HTML theirs, in a block or in pieces inside a paragraph, and leaves the HTML as written', async () => {
		const source = '<p>Or go <a href="/blog/" class="x">to the blog</a>.</p>\n\nOr <a href="https://example.org/x/">an *inline* link</a> here.';
		expect(await printed(source)).toEqual([
			['to the blog', 'https://care.example.org/coop-kit/blog/'],
			['an inline link', 'https://example.org/x/'],
		]);
		expect((await markdownToHtml(source, { hastPlugins: PLUGINS, fileURL: POST })).html).toContain(
			`<a ${PRINT_ADDRESS}="https://care.example.org/coop-kit/blog/" href="/coop-kit/blog/" class="x">`,
		);
	});

	it('gives links in MDX theirs, written in Markdown or as JSX with a plain address', async () => {
		const { code } = await mdxToJs('Read [a report](/reports/) and <a href="https://example.org/z/">z</a>, not <a href={"/q/"}>q</a>.', {
			hastPlugins: PLUGINS,
			fileURL: pathToFileURL(join(CONTENT, 'blog', 'post.mdx')),
		});
		expect(code).toContain('"data-print-address": "https://care.example.org/coop-kit/reports/"');
		expect(code).toContain('"data-print-address": "https://example.org/z/"');
		expect(code.split('"data-print-address"')).toHaveLength(3);
	});

	it('leaves alone files that are not entries', async () => {
		expect(await printed('Read [co-production](/topics/co-production/).', pathToFileURL(join('/', 'site', 'src', 'pages', 'about.md')))).toEqual([
			['co-production', undefined],
		]);
	});
});
