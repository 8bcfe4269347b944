import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { ROOT } from '../support/project-copy.ts';
import { htmlToText, listFiles, readPage } from '../support/read-dist.ts';

const SEEDS = join(ROOT, '..', 'shared', 'seeds');

/** The seed documents and the pages they became. */
const SEED_PAGES: Record<string, string[]> = {
	'000_c74bc514920bd857.txt': ['blog/strength-of-innovation-taking-ideas-from-others/'],
	'001_9ec9748ec12ddce3.txt': ['reports/cccv-final-learning-report-2022/'],
	'002_4f66fc170f4287d2.txt': ['audits/community-audit-small-care-providers-2021/'],
	'003_bf6e7f92c84758f1.txt': ['practice/new-belongings-cheshire-east/'],
	'004_c2e7bb4b10f24a4c.txt': [
		'blog/co-production-in-the-workplace-at-scie/',
		'blog/intergenerational-linking-care-home-residents-young-people/',
		'blog/helping-to-make-care-better-connected/',
		'blog/co-production-in-2020-a-tech-revolution/',
		'blog/co-production-in-a-changing-world/',
		'series/co-production-week/',
	],
};

/** Reads a seed as plain sentences: Markdown markup removed, split at sentence ends. */
function seedSentences(file: string): string[] {
	const text = readFileSync(join(SEEDS, file), 'utf8')
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

describe('the five source documents', () => {
	it('are all converted: every seed file has its pages', () => {
		const seeds = readdirSync(SEEDS).filter((file) => file.endsWith('.txt'));
		expect(Object.keys(SEED_PAGES).sort()).toEqual(seeds.sort());
		const files = listFiles(inject('siteDist'));
		for (const pages of Object.values(SEED_PAGES)) {
			for (const page of pages) expect(files).toContain(`${page}index.html`);
		}
	});

	it('keep their titles as the h1 of each entry page', () => {
		for (const page of Object.values(SEED_PAGES).flat().filter((p) => !p.startsWith('series/'))) {
			const html = readPage(inject('siteDist'), page);
			const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1];
			expect(h1 && htmlToText(h1).length, page).toBeGreaterThan(5);
			expect(htmlToText(/<title>([\s\S]*?)<\/title>/.exec(html)![1]!)).toContain(htmlToText(h1!));
		}
	});

	for (const [seed, pages] of Object.entries(SEED_PAGES)) {
		it(`${seed}: every sentence appears on the built site`, () => {
			const text = squash(pages.map((page) => htmlToText(readPage(inject('siteDist'), page))).join(' '));
			const sentences = seedSentences(seed);
			expect(sentences.length).toBeGreaterThan(20);
			const missing = sentences.filter((sentence) => !text.includes(squash(sentence)));
			expect(missing).toEqual([]);
		});
	}

	it('keep the facts of the report exactly: events, dates and numbers', () => {
		const text = htmlToText(readPage(inject('siteDist'), 'reports/cccv-final-learning-report-2022/'));
		for (const fact of ['Slaithwaite', '38', '24', 'Power to Change']) expect(text).toContain(fact);
	});

	it('render words on separate lines with a space between them, not glued together', () => {
		const text = htmlToText(readPage(inject('siteDist'), 'blog/helping-to-make-care-better-connected/'));
		expect(text).toMatch(/Published \d{1,2} [A-Z][a-z]+ \d{4}/);
		expect(text).not.toMatch(/[a-z](Published|Topics|Related)\b/);
	});
});
