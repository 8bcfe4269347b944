import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ELEMENT_NODE, parse as parseHtml, TEXT_NODE, type ElementNode, type Node } from 'ultrahtml';
import { describe, expect, inject, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { FIXTURE_SITE } from '../support/fixture-site.ts';
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

/** Every element of a page, in document order, each with the elements around it. */
function elementsOf(html: string): { element: ElementNode; ancestors: ElementNode[] }[] {
	const found: { element: ElementNode; ancestors: ElementNode[] }[] = [];
	const visit = (node: Node, ancestors: ElementNode[]) => {
		const inner = node.type === ELEMENT_NODE ? [...ancestors, node as ElementNode] : ancestors;
		if (node.type === ELEMENT_NODE) found.push({ element: node as ElementNode, ancestors });
		for (const child of (node as { children?: Node[] }).children ?? []) visit(child, inner);
	};
	visit(parseHtml(html), []);
	return found;
}

const wordsOf = (node: Node): string => (node.type === TEXT_NODE ? node.value : ((node as { children?: Node[] }).children ?? []).map(wordsOf).join(''));
const classesOf = (element: ElementNode) => (element.attributes.class ?? '').split(/\s+/);

/** The links to the glossary in an entry's own text, in order: their words, address and title. */
function termLinks(html: string): { words: string; href: string; title: string }[] {
	return elementsOf(html)
		.filter(({ element, ancestors }) => element.name === 'a' && classesOf(element).includes('glossary-term') && ancestors.some((parent) => classesOf(parent).includes('prose')))
		.map(({ element }) => ({ words: wordsOf(element), href: element.attributes.href!, title: element.attributes.title! }));
}

const definitionOf = (id: string) => GLOSSARY.find((term) => term.id === id)!.definition;

describe('the glossary page', () => {
	const page = () => readPage(inject('siteDist'), 'glossary/');

	it('lists every term in alphabetical order, each with its definition and an anchor of its own', () => {
		const terms = elementsOf(page()).filter(({ element }) => element.name === 'div' && classesOf(element).includes('term'));
		expect(terms.map(({ element }) => element.attributes.id)).toEqual(
			[...GLOSSARY].sort((a, b) => a.term.localeCompare(b.term, 'en-GB')).map((term) => term.id),
		);
		for (const { element } of terms) {
			const text = htmlToText(wordsOf(element));
			const term = GLOSSARY.find((one) => one.id === element.attributes.id)!;
			expect(text.startsWith(term.term), term.id).toBe(true);
			expect(text).toContain(term.definition);
		}
	});

	it('says the definitions are the site’s own words, and shows each term’s other forms', () => {
		const text = htmlToText(page());
		expect(text).toContain('The definitions are written by this site, not quoted from the sources.');
		expect(text).toContain('Also written as: care co-ops, care co-operative, care co-operatives');
	});

	it('shows under each definition the public definition it follows, linked, and who published it, or that it is the site’s own wording', () => {
		const terms = elementsOf(page()).filter(({ element }) => element.name === 'div' && classesOf(element).includes('term'));
		/** The addresses of the links inside a node. */
		const hrefsIn = (node: Node): string[] => [
			...(node.type === ELEMENT_NODE && (node as ElementNode).name === 'a' ? [(node as ElementNode).attributes.href!] : []),
			...((node as { children?: Node[] }).children ?? []).flatMap(hrefsIn),
		];
		const bases = terms.map(({ element }) => {
			const basis = element.children.find((child): child is ElementNode => child.type === ELEMENT_NODE && classesOf(child as ElementNode).includes('basis'))!;
			return { id: element.attributes.id!, text: htmlToText(wordsOf(basis)), links: hrefsIn(basis) };
		});
		expect(bases.map(({ id }) => id)).toEqual(terms.map(({ element }) => element.attributes.id));
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
		expect(htmlToText(page())).toContain('Based on: Children (Leaving Care) Act 2000 (legislation.gov.uk)');
	});

	it('links related terms to their anchors on the page, and further reading to its address', () => {
		const links = elementsOf(page()).filter(({ element, ancestors }) => element.name === 'a' && ancestors.some((parent) => classesOf(parent).includes('glossary')));
		const ids = new Set(GLOSSARY.map((term) => term.id));
		const related = links.filter(({ element }) => element.attributes.href!.startsWith('/glossary/#'));
		expect(related.map(({ element }) => [wordsOf(element), element.attributes.href])).toEqual([
			['Care co-op', '/glossary/#care-co-op'],
			['Co-production', '/glossary/#co-production'],
			['Care co-op', '/glossary/#care-co-op'],
		]);
		for (const { element } of related) expect(ids.has(element.attributes.href!.split('#')[1]!)).toBe(true);
		expect(links.map(({ element }) => element.attributes.href)).toContain('https://www.example.com/care-co-ops');
	});

	it('is linked from the footer of every page and listed in the sitemap', () => {
		const dist = inject('siteDist');
		for (const path of ['/', 'blog/', 'topics/co-production/']) {
			const inFooter = elementsOf(readPage(dist, path)).filter(({ ancestors }) => ancestors.some((parent) => parent.name === 'footer'));
			expect(inFooter.some(({ element }) => element.name === 'a' && element.attributes.href === '/glossary/' && wordsOf(element) === 'Glossary'), path).toBe(true);
		}
		expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).toContain('<loc>https://millbrook.example.org/glossary/</loc>');
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
		expect(htmlToText(html)).toContain('Open Doors helped care leavers in Hillcrest find and keep a first home of their own, with care leavers on the panel that ran it.');
		expect(htmlToText(html).match(/co-production/gi)!.length).toBeGreaterThan(2);
	});

	it('link no use of a term in an entry that uses the word in its own sense (glossaryUnlinked), and still link it in the others', () => {
		const dist = inject('siteDist');
		const neighbours = readPage(dist, 'blog/winter-letters-neighbours/');
		expect(termLinks(neighbours)).toEqual([]);
		expect(htmlToText(neighbours)).toContain('Co-production, for us, grew out of those three days.');
		expect(termLinks(readPage(dist, 'blog/winter-letters-tablets/'))).toEqual([{ words: 'Co-production', href: '/glossary/#co-production', title: definitionOf('co-production') }]);
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
			for (const { element, ancestors } of elementsOf(readFileSync(join(dist, file), 'utf8'))) {
				if (element.name !== 'a' || !ancestors.some((parent) => classesOf(parent).includes('prose'))) continue;
				checked += 1;
				expect(ancestors.filter((parent) => /^(a|h[1-6])$/.test(parent.name)).map((parent) => parent.name), file).toEqual([]);
			}
		}
		expect(checked).toBeGreaterThan(10);
		// "co-production" on this page is only ever inside a link of its own; "care leavers", only inside an MDX link.
		expect(termLinks(readPage(dist, 'blog/linking-across-the-site/'))).toEqual([]);
		expect(termLinks(readPage(dist, 'blog/linking-from-mdx/'))).toEqual([{ words: 'Unpaid carers', href: '/glossary/#unpaid-carer', title: definitionOf('unpaid-carer') }]);
		expect(htmlToText(readPage(dist, 'practice/open-doors-hillcrest/'))).toContain('What has co-production meant to the project?');
	});

	it('point under the base path, as the page and the footer link do', () => {
		const dist = inject('basedSiteDist');
		expect(termLinks(readPage(dist, 'practice/open-doors-hillcrest/')).map((link) => link.href)).toEqual([
			`${BASED.BASE_PATH}glossary/#care-leaver`,
			`${BASED.BASE_PATH}glossary/#co-production`,
		]);
		expect(listFiles(dist)).toContain('glossary/index.html');
		expect(elementsOf(readPage(dist, '/')).some(({ element }) => element.name === 'a' && element.attributes.href === `${BASED.BASE_PATH}glossary/`)).toBe(true);
	});
});
