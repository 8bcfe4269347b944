import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readIndexedPages } from '../search/read-search-index.ts';
import { SEED_FURNITURE, SEED_PAGES, SEEDS, withoutFurniture } from '../support/example-content.ts';
import { parsePage } from '../support/parse-page.ts';
import { listFiles, readPage } from '../support/read-dist.ts';

/**
 * The fidelity test: the example co-op's content says everything its five source documents say. It reads the
 * build of this repository's own site (tests/support/global-setup.ts). A co-op's site, made with create-site,
 * has its own content and none of these tests.
 */
const dist = inject('exampleSiteDist');

/** Reads a seed as plain sentences: its furniture (SEED_FURNITURE) and Markdown markup removed, split at sentence ends. */
function seedSentences(file: string): string[] {
	const text = withoutFurniture(file, readFileSync(join(SEEDS, file), 'utf8'))
		.replace(/\[([^\]]*)\]\(([^)]*)\)/g, '$1')
		.replace(/<(https?:[^>]+)>/g, '$1')
		.replace(/^\s*(#{1,6}|[-*+]|\d+\.)\s+/gm, '')
		.replace(/\*\*|__/g, '')
		.replace(/(^|\s)\*([^*\n]+)\*/g, '$1$2')
		.replace(/^\s*-{3,}\s*$/gm, '');
	return text
		.split(/\n+|(?<=[.?!])\s+(?=[A-Z‘“"(])/)
		.map((sentence) => sentence.replace(/\s+/g, ' ').trim())
		.filter((sentence) => sentence.split(' ').length >= 3);
}

const squash = (text: string) => text.replace(/\s+/g, '');

/** A built page of the example site, parsed. */
const parsed = (path: string) => parsePage(readPage(dist, path));

/** The text of the facts panel beside an entry's title. */
const facts = (path: string) => parsed(path).text('dl.facts');

/** The text of each paragraph, list item and heading of an entry's own text (its Markdown body); a list item's paragraphs are read with it. */
function proseBlocks(path: string): string[] {
	const page = parsed(path);
	const blocks = ':is(p, li, h2, h3, h4, h5, h6)';
	const inner = new Set(page.selectAll(`div.prose ${blocks} ${blocks}`));
	return page
		.selectAll(`div.prose ${blocks}`)
		.filter((block) => !inner.has(block))
		.map((block) => page.text(block));
}

/** The editor's note that follows words the source gives as a link but with no address. */
const NO_ADDRESS = '[Editor’s note: the source gives no web address for this link.]';

const jsonLd = (path: string) => parsed(path).jsonLd()[0]!;

describe('the five source documents', () => {
	it('are all converted: every seed file has its pages', () => {
		const seeds = readdirSync(SEEDS).filter((file) => file.endsWith('.txt'));
		expect(Object.keys(SEED_PAGES).sort()).toEqual(seeds.sort());
		const files = listFiles(dist);
		for (const pages of Object.values(SEED_PAGES)) {
			for (const page of pages) expect(files).toContain(`${page}index.html`);
		}
	});

	it('keep their titles as the h1 of each entry page', () => {
		for (const page of Object.values(SEED_PAGES)
			.flat()
			.filter((p) => !p.startsWith('series/'))) {
			const built = parsed(page);
			const h1 = built.select('h1');
			expect(h1 && built.text(h1).length, page).toBeGreaterThan(5);
			expect(built.text('title')).toContain(built.text(h1!));
		}
	});

	for (const [seed, pages] of Object.entries(SEED_PAGES)) {
		it(`${seed}: every sentence appears on the built site`, () => {
			const text = squash(pages.map((page) => parsed(page).text()).join(' '));
			const sentences = seedSentences(seed);
			expect(sentences.length).toBeGreaterThan(20);
			const missing = sentences.filter((sentence) => !text.includes(squash(sentence)));
			expect(missing).toEqual([]);
		});
	}

	it('leave out only the source pages’ furniture, each piece listed with its reason and noted on its page', () => {
		for (const [seed, furniture] of Object.entries(SEED_FURNITURE)) {
			const lines = readFileSync(join(SEEDS, seed), 'utf8')
				.split('\n')
				.map((line) => line.trim());
			for (const piece of furniture) {
				// Each piece is in its seed, where the list says, so the list never hides anything else.
				const found = piece.kind === 'line' ? lines.includes(piece.text) : lines.some((line) => line.startsWith(piece.text) && line.length > piece.text.length);
				expect(found, `${seed}: ${piece.text}`).toBe(true);
				expect(piece.reason.length, piece.text).toBeGreaterThan(10);
				expect(SEED_PAGES[seed], piece.page).toContain(piece.page);
				// It is gone from the entry's text, and the entry's notes on its source say what was left out.
				const blocks = proseBlocks(piece.page);
				expect(blocks.length, piece.page).toBeGreaterThan(3);
				expect(
					blocks.filter((block) => (piece.kind === 'line' ? block === piece.text : block.startsWith(piece.text))),
					`${piece.page}: ${piece.text}`,
				).toEqual([]);
				expect(parsed(piece.page).select('.source-notes'), piece.page).toBeDefined();
			}
		}
	});

	it('keep words the source gives as links with no address as plain text, each followed by an editor’s note', () => {
		const report = parsed('reports/cccv-final-learning-report-2022/');
		const blocks = proseBlocks('reports/cccv-final-learning-report-2022/');
		const notes = blocks.flatMap((block) => [...block.matchAll(/here\)?\. \[Editor’s note: the source gives no web address for this link\.\]/g)]);
		expect(notes).toHaveLength(6);
		expect(blocks.join(' ').split(NO_ADDRESS)).toHaveLength(7);
		expect(report.selectAll('a').filter((link) => report.text(link) === 'here')).toEqual([]);
		const posts: [string, string][] = [
			[
				'blog/co-production-in-2020-a-tech-revolution/',
				'Watch our webinar to find out more. [Editor’s note: the source gives no web address for the webinar.]',
			],
			[
				'blog/helping-to-make-care-better-connected/',
				'to complete it. [Editor’s note: the source gives no web address for the surveys, the easy read version or the support materials.]',
			],
			[
				'blog/co-production-in-the-workplace-at-scie/',
				'See our Learning organisations: A self-assessment resource pack [Editor’s note: the source gives no web address for this resource pack.]',
			],
			[
				'blog/intergenerational-linking-care-home-residents-young-people/',
				'please contact Jen Lindfield or Amy Lock [Editor’s note: the source breaks off after “get in touch at” and gives no address',
			],
		];
		for (const [page, text] of posts) {
			expect(
				proseBlocks(page).some((block) => block.includes(text)),
				page,
			).toBe(true);
			const built = parsed(page);
			const links = built.selectAll('a').map((link) => built.text(link));
			expect(
				links.filter((words) => /^(Watch our webinar|these two short surveys|See our Learning organisations)/.test(words)),
				page,
			).toEqual([]);
		}
	});

	it('show only the dates the sources give, and say when a source gives none', () => {
		const published = (page: string) =>
			parsed(page)
				.text('p.date')
				.replace(/^Published /, '')
				.replace(/(, updated .*)?( · .*)?$/, '');
		expect(published('blog/co-production-in-the-workplace-at-scie/')).toBe('9 July 2020');
		expect(published('blog/helping-to-make-care-better-connected/')).toBe('7 July 2020');
		for (const page of [
			'blog/co-production-in-2020-a-tech-revolution/',
			'blog/co-production-in-a-changing-world/',
			'blog/intergenerational-linking-care-home-residents-young-people/',
		]) {
			expect(published(page), page).toBe('July 2020 (approximate: the source gives no date)');
		}
		expect(published('blog/strength-of-innovation-taking-ideas-from-others/')).toBe('2023 (approximate: the source gives no date)');
		expect(published('reports/cccv-final-learning-report-2022/')).toBe('June 2022 (approximate: the source gives no date)');
		const series = parsed('series/co-production-week/').text();
		expect(series).not.toContain('dated Thursday, 9 July 2020');
	});

	it('keep the facts of the report exactly: events, dates and numbers', () => {
		const text = parsed('reports/cccv-final-learning-report-2022/').text();
		for (const fact of ['Slaithwaite', '38', '24', 'Power to Change']) expect(text).toContain(fact);
	});

	it('keep who wrote each document, who funded it, when and for whom, in the facts beside each title', () => {
		const report = facts('reports/cccv-final-learning-report-2022/');
		expect(report).toContain('By Co-operative Care Colne Valley');
		expect(report).toContain('Funded by Power to Change');
		expect(report).toContain('Period covered April 2022 to June 2022');
		expect(report).toMatch(/Outcomes Members engagement Events Wider co-operation/);
		const audit = facts('audits/community-audit-small-care-providers-2021/');
		expect(audit).toContain('By Sue Richards');
		for (const organisation of [
			'Kirklees Council',
			'Cartrefi Cymru',
			'North West Care Co-operative',
			'Community Catalysts',
			'Preston Arts',
			'Investors in Community',
			'Shepshed Carers',
		])
			expect(audit).toContain(organisation);
		const practice = facts('practice/new-belongings-cheshire-east/');
		expect(practice).toContain('Organisation Cheshire East Council');
		expect(practice).toContain('Year 2015');
		expect(practice).toContain('First published in Co-production in social care: What it is and how to do it');
		expect(practice).not.toContain('First published by');
		expect(facts('blog/co-production-in-the-workplace-at-scie/')).toMatch(/By Nimal Jude, Practice Development Manager/);
		expect(parsed('blog/co-production-in-the-workplace-at-scie/').text()).toMatch(/Part 1 of 5 in the series/);
	});

	it('keep each blog post’s author, role, organisation, date and series in its structured data', () => {
		expect(jsonLd('blog/co-production-in-2020-a-tech-revolution/')).toMatchObject({
			'@type': 'BlogPosting',
			headline: 'Co-production in 2020: A tech revolution?',
			datePublished: '2020-07',
			author: [
				{ '@type': 'Person', name: 'James Anthony', jobTitle: 'Digital Communications Officer', affiliation: { name: 'Social Care Institute for Excellence' } },
			],
			isPartOf: { name: 'Co-production Week' },
		});
		expect(jsonLd('reports/cccv-final-learning-report-2022/')).toMatchObject({
			'@type': 'Report',
			author: [{ '@type': 'Organization', name: 'Co-operative Care Colne Valley' }],
		});
	});

	it('are searchable by their own words and filed under their organisations, authors and years', () => {
		const indexed = readIndexedPages(dist);
		const report = indexed.find((page) => page.url === '/reports/cccv-final-learning-report-2022/');
		expect(report?.content).toContain('Slaithwaite');
		expect(report?.word_count).toBeGreaterThan(1000);
		const belongings = indexed.find((page) => page.url === '/practice/new-belongings-cheshire-east/');
		expect(belongings?.filters).toMatchObject({ type: ['practice'], organisation: ['cheshire-east-council'], year: ['2015'] });
		expect(belongings?.meta.published).toBe('2015 (approximate: the source gives no date)');
		const post = indexed.find((page) => page.url === '/blog/co-production-in-a-changing-world/');
		expect(post?.filters).toMatchObject({ author: ['angela-catley'], organisation: ['community-catalysts'] });
	});

	it('render words on separate lines with a space between them, not glued together', () => {
		const text = parsed('blog/helping-to-make-care-better-connected/').text();
		expect(text).toMatch(/Published \d{1,2} [A-Z][a-z]+ \d{4}/);
		expect(text).not.toMatch(/[a-z](Published|Topics|Related)\b/);
	});
});
