import { markdownToHtml, mdxToJs } from 'satteri';
import { selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { parseFragment, readAttribute, textOf } from '../lib/html/read-html.ts';
import { glossaryLinks, type LinkedTerm } from './glossary-links.ts';

const TERMS: LinkedTerm[] = [
	{ id: 'co-production', forms: ['Co-production', 'co-produced'], definition: 'Designing and running services together, as equal partners.' },
	{ id: 'care-co-op', forms: ['Care co-op', 'care co-ops'], definition: 'A co-operative that gives care.' },
	{ id: 'cqc', forms: ['CQC'], definition: 'The regulator of care in England.' },
];

const markdown = async (source: string, base = '/') => (await markdownToHtml(source, { hastPlugins: [glossaryLinks(TERMS, base)] })).html;
const mdx = async (source: string) => (await mdxToJs(source, { hastPlugins: [glossaryLinks(TERMS, '/')] })).code;
/** The links a piece of HTML holds, in order, as their words and addresses. */
function links(html: string): string[][] {
	return selectAll('a', parseFragment(html)).map((link) => [textOf(link), readAttribute(link, 'href') ?? '']);
}
/** The text a reader sees in a piece of HTML. */
const readText = (html: string) => textOf(parseFragment(html));

describe('glossaryLinks', () => {
	it('links the first use of each term in an entry to its definition, and no later use', async () => {
		const html = await markdown('Co-production matters.\n\nWe co-produced the plan in our care co-op, and co-production took time in both care co-ops.');
		expect(links(html)).toEqual([
			['Co-production', '/glossary/#co-production'],
			['care co-op', '/glossary/#care-co-op'],
		]);
	});

	it('gives each link the glossary’s class and the definition as its title', async () => {
		const html = await markdown('The CQC inspects care.');
		expect(html).toContain('<a href="/glossary/#cqc" class="glossary-term" title="The regulator of care in England.">CQC</a>');
	});

	it('leaves the words exactly as written, spaces and punctuation included', async () => {
		const source = 'In *our* care\nco-op, (co-production) and the CQC’s view.';
		const plain = markdownToHtml(source).html;
		expect(readText(await markdown(source))).toBe(readText(plain));
		expect(await markdown(source)).not.toBe(plain);
	});

	it('puts the links under the base path', async () => {
		expect(links(await markdown('Our care co-op.', '/coop-kit/'))).toEqual([['care co-op', '/coop-kit/glossary/#care-co-op']]);
	});

	it('links a term in the part of the text where it is written whole, when a longer form runs across emphasis', async () => {
		// "care co-op" is written across two parts ("A care " and the emphasised "co-op"), so neither links it; the
		// emphasised part holds "co-op" whole, which links there, and so not again later.
		const terms: LinkedTerm[] = [
			{ id: 'care-co-op', forms: ['care co-op'], definition: 'A co-operative that gives care.' },
			{ id: 'co-op', forms: ['co-op'], definition: 'A business its members own and run.' },
		];
		const html = (await markdownToHtml('A care *co-op* is a co-op, and so is this care co-op.', { hastPlugins: [glossaryLinks(terms, '/')] })).html;
		expect(links(html)).toEqual([
			['co-op', '/glossary/#co-op'],
			['care co-op', '/glossary/#care-co-op'],
		]);
		expect(selectAll('em a', parseFragment(html))).toHaveLength(1);
	});

	it('links no words inside headings, links or code, and links the first use after them instead', async () => {
		const html = await markdown(
			'## What co-production means\n\nSee [co-production](/topics/co-production/), `co-production` and:\n\n```\nco-production\n```\n\nCo-production is shared work.',
		);
		expect(links(html)).toEqual([
			['co-production', '/topics/co-production/'],
			['Co-production', '/glossary/#co-production'],
		]);
	});

	it('links no words inside HTML links written in a paragraph, nor inside HTML blocks', async () => {
		const html = await markdown('Go to <a href="/blog/">our care co-op blog</a> or <code>CQC</code>.\n\n<p>The CQC again.</p>\n\nThe care co-op and the CQC.');
		expect(links(html)).toEqual([
			['our care co-op blog', '/blog/'],
			['care co-op', '/glossary/#care-co-op'],
			['CQC', '/glossary/#cqc'],
		]);
	});

	it('links terms in MDX, but not inside its HTML links or its components', async () => {
		const code = await mdx('import Box from "./box.astro";\n\nSee <a href="/blog/">the care co-op</a> and <Box>the CQC</Box>.\n\nThe CQC and co-production.');
		expect(code).toContain('"/glossary/#cqc"');
		expect(code).toContain('"/glossary/#co-production"');
		expect(code).not.toContain('/glossary/#care-co-op');
		expect(code.match(/glossary\/#cqc/g)).toHaveLength(1);
	});

	it('links no use of a term the entry lists under glossaryUnlinked, as written or once read, and still links the others', async () => {
		const source = 'Our care co-op works with the CQC. The care co-op and the CQC again.';
		// What Astro gives the plugins of each entry it renders: its frontmatter as written.
		const astro = (frontmatter: Record<string, unknown>) => ({
			frontmatter,
			headings: [],
			localImagePaths: new Set<string>(),
			remoteImagePaths: new Set<string>(),
		});
		const withFrontmatter = async (frontmatter: Record<string, unknown>) =>
			links((await markdownToHtml(source, { hastPlugins: [glossaryLinks(TERMS, '/')], data: { astro: astro(frontmatter) } })).html);
		expect(await withFrontmatter({ glossaryUnlinked: ['care-co-op'] })).toEqual([['CQC', '/glossary/#cqc']]);
		expect(
			await withFrontmatter({
				glossaryUnlinked: [
					{ id: 'care-co-op', collection: 'glossary' },
					{ id: 'cqc', collection: 'glossary' },
				],
			}),
		).toEqual([]);
		expect(await withFrontmatter({ title: 'No list' })).toEqual([
			['care co-op', '/glossary/#care-co-op'],
			['CQC', '/glossary/#cqc'],
		]);
		const code = (await mdxToJs(source, { hastPlugins: [glossaryLinks(TERMS, '/')], data: { astro: astro({ glossaryUnlinked: ['cqc'] }) } })).code;
		expect(code).toContain('"/glossary/#care-co-op"');
		expect(code).not.toContain('/glossary/#cqc');
	});

	it('carries the terms as data, so a change to the glossary changes the config Astro keeps rendered entries by', () => {
		const config = (terms: LinkedTerm[]) => JSON.stringify({ hastPlugins: [glossaryLinks(terms, '/')] });
		const reworded = TERMS.map((term) => (term.id === 'cqc' ? { ...term, definition: 'The care regulator for England.' } : term));
		expect(config(reworded)).not.toBe(config(TERMS));
		expect(config(TERMS)).toBe(config([...TERMS]));
	});

	it('is no plugin at all when the glossary has no terms', () => {
		expect(glossaryLinks([], '/')).toBe(false);
	});
});
