import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, inject, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { FIXTURE_SITE } from '../support/fixture-site.ts';
import { parsePage } from '../support/parse-page.ts';
import { htmlToText, listFiles, readPage } from '../support/read-dist.ts';
import { BASED } from '../support/test-builds.ts';

/** The fixture site's glossary, as written. */
const GLOSSARY = parseYaml(readFileSync(join(FIXTURE_SITE, 'content', 'glossary.yaml'), 'utf8')) as {
	id: string;
	term: string;
	definition: string;
	basis: 'own' | { publisher: string; title: string; url: string };
	seeAlso?: string[];
}[];

/** The links to the glossary in an entry's own text, in order: their words, address and title. */
function termLinks(html: string): { words: string; href: string; title: string }[] {
	const page = parsePage(html);
	return page.selectAll('.prose a.glossary-term').map((link) => ({ words: page.text(link), href: page.attr(link, 'href')!, title: page.attr(link, 'title')! }));
}

const definitionOf = (id: string) => GLOSSARY.find((term) => term.id === id)!.definition;

describe('the glossary page', () => {
	const page = () => parsePage(readPage(inject('siteDist'), 'glossary/'));

	it('lists every term in alphabetical order, each with its definition and an anchor of its own', () => {
		const glossary = page();
		const terms = glossary.selectAll('div.term');
		expect(terms.map((element) => glossary.attr(element, 'id'))).toEqual(
			[...GLOSSARY].sort((a, b) => a.term.localeCompare(b.term, 'en-GB')).map((term) => term.id),
		);
		for (const element of terms) {
			const text = glossary.text(element);
			const term = GLOSSARY.find((one) => one.id === glossary.attr(element, 'id'))!;
			expect(text.startsWith(term.term), term.id).toBe(true);
			expect(text).toContain(term.definition);
		}
	});

	it('says the definitions are the site’s own words, and shows each term’s other forms', () => {
		const text = page().text();
		expect(text).toContain('The definitions are written by this site, not quoted from the sources.');
		expect(text).toContain('Also written as: care co-ops, care co-operative, care co-operatives');
	});

	it('shows under each definition the public definition it follows, linked, and who published it, or that it is the site’s own wording', () => {
		const glossary = page();
		const terms = glossary.selectAll('div.term');
		const bases = terms.map((element) => {
			const basis = glossary.select(':scope > .basis', element)!;
			return {
				id: glossary.attr(element, 'id')!,
				text: glossary.text(basis),
				links: glossary.selectAll('a', basis).map((link) => glossary.attr(link, 'href')),
			};
		});
		expect(bases.map(({ id }) => id)).toEqual(terms.map((element) => glossary.attr(element, 'id')));
		for (const { id, text, links } of bases) {
			const { basis } = GLOSSARY.find((term) => term.id === id)!;
			if (basis === 'own') {
				expect(text, id).toBe('The site’s own wording');
				expect(links, id).toEqual([]);
			} else {
				expect(text, id).toBe(`Based on: ${basis.title} (${basis.publisher})`);
				expect(links, id).toEqual([basis.url]);
			}
		}
		// Both kinds are on the page: two terms follow a public definition, three are the site's own wording.
		expect(bases.filter(({ text }) => text.startsWith('Based on: '))).toHaveLength(2);
		expect(page().text()).toContain('Based on: Children (Leaving Care) Act 2000 (legislation.gov.uk)');
	});

	it('links related terms to their anchors on the page, and further reading to its address', () => {
		const glossary = page();
		const links = glossary.selectAll('.glossary a').map((link) => ({ words: glossary.text(link), href: glossary.attr(link, 'href')! }));
		const ids = new Set(GLOSSARY.map((term) => term.id));
		const related = links.filter(({ href }) => href.startsWith('/glossary/#'));
		expect(related.map(({ words, href }) => [words, href])).toEqual([
			['Care co-op', '/glossary/#care-co-op'],
			['Co-production', '/glossary/#co-production'],
			['Care co-op', '/glossary/#care-co-op'],
		]);
		for (const { href } of related) expect(ids.has(href.split('#')[1]!)).toBe(true);
		expect(links.map(({ href }) => href)).toContain('https://www.example.com/care-co-ops');
	});

	it('is linked from the footer of every page and listed in the sitemap', () => {
		const dist = inject('siteDist');
		for (const path of ['/', 'blog/', 'topics/co-production/']) {
			const page = parsePage(readPage(dist, path));
			expect(
				page.selectAll('footer a[href="/glossary/"]').map((link) => page.text(link)),
				path,
			).toContain('Glossary');
		}
		const sitemap = new XMLParser({ isArray: (name) => name === 'url' }).parse(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8'));
		expect((sitemap.urlset.url as { loc: string }[]).map((url) => url.loc)).toContain('https://millbrook.example.org/glossary/');
	});
});

describe('links from entries to the glossary', () => {
	it('link the first use of each term in an entry, and no later use', () => {
		const html = readPage(inject('siteDist'), 'practice/open-doors-hillcrest/');
		expect(termLinks(html)).toEqual([
			{ words: 'care leavers', href: '/glossary/#care-leaver', title: definitionOf('care-leaver') },
			{ words: 'Co-production', href: '/glossary/#co-production', title: definitionOf('co-production') },
		]);
		// The same paragraph uses "care leavers" twice, and the page uses "co-production" again in later answers.
		expect(htmlToText(html)).toContain(
			'Open Doors helped care leavers in Hillcrest find and keep a first home of their own, with care leavers on the panel that ran it.',
		);
		expect(htmlToText(html).match(/co-production/gi)!.length).toBeGreaterThan(2);
	});

	it('link no use of a term in an entry that uses the word in its own sense (glossaryUnlinked), and still link it in the others', () => {
		const dist = inject('siteDist');
		const neighbours = readPage(dist, 'blog/winter-letters-neighbours/');
		expect(termLinks(neighbours)).toEqual([]);
		expect(htmlToText(neighbours)).toContain('Co-production, for us, grew out of those three days.');
		expect(termLinks(readPage(dist, 'blog/winter-letters-tablets/'))).toEqual([
			{ words: 'Co-production', href: '/glossary/#co-production', title: definitionOf('co-production') },
		]);
		expect(termLinks(readPage(dist, 'blog/winter-letters-listening/')).map((link) => link.href)).toEqual(['/glossary/#co-production']);
	});

	it('link a term once per entry, in each entry that uses it', () => {
		const dist = inject('siteDist');
		expect(termLinks(readPage(dist, 'audits/community-audit-2023/')).map((link) => link.words)).toEqual(['commissioner', 'unpaid carers', 'co-production']);
		expect(termLinks(readPage(dist, 'reports/learning-report-2024/')).map((link) => link.words)).toEqual(['care co-operative']);
		expect(termLinks(readPage(dist, 'blog/winter-letters-listening/')).map((link) => link.words)).toEqual(['Co-production']);
	});

	it('never put a link inside a heading or another link, in Markdown or in MDX', () => {
		const dist = inject('siteDist');
		const entries = listFiles(dist, 'index.html').filter((file) => /^(reports|audits|practice|blog|minutes)\/[^/]+\/index\.html$/.test(file));
		expect(entries.length).toBeGreaterThan(8);
		let checked = 0;
		for (const file of entries) {
			const html = readFileSync(join(dist, file), 'utf8');
			const page = parsePage(html);
			const links = page.selectAll('.prose a');
			checked += links.length;
			expect(
				page.selectAll('.prose :is(h1, h2, h3, h4, h5, h6) a').map((link) => page.text(link)),
				file,
			).toEqual([]);
			// The parser ends a link where another begins, as browsers do: a link written inside another ends before its own end tag.
			const unclosed = links.filter((link) => !html.slice(link.position!.start.offset, link.position!.end.offset).endsWith('</a>'));
			expect(
				unclosed.map((link) => page.text(link)),
				file,
			).toEqual([]);
		}
		expect(checked).toBeGreaterThan(10);
		// "co-production" on this page is only ever inside a link of its own; "care leavers", only inside an MDX link.
		expect(termLinks(readPage(dist, 'blog/linking-across-the-site/'))).toEqual([]);
		expect(termLinks(readPage(dist, 'blog/linking-from-mdx/'))).toEqual([
			{ words: 'Unpaid carers', href: '/glossary/#unpaid-carer', title: definitionOf('unpaid-carer') },
		]);
		expect(htmlToText(readPage(dist, 'practice/open-doors-hillcrest/'))).toContain('What has co-production meant to the project?');
	});

	it('point under the base path, as the page and the footer link do', () => {
		const dist = inject('basedSiteDist');
		expect(termLinks(readPage(dist, 'practice/open-doors-hillcrest/')).map((link) => link.href)).toEqual([
			`${BASED.BASE_PATH}glossary/#care-leaver`,
			`${BASED.BASE_PATH}glossary/#co-production`,
		]);
		expect(listFiles(dist)).toContain('glossary/index.html');
		expect(parsePage(readPage(dist, '/')).select(`a[href="${BASED.BASE_PATH}glossary/"]`)).toBeDefined();
	});
});
