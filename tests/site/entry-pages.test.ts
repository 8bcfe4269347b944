import { describe, expect, inject, it } from 'vitest';
import { PRACTICE_QUESTIONS } from '../../src/schemas/practice.ts';
import { htmlToText, readPage } from '../support/read-dist.ts';

/** The text of the facts panel beside an entry's title. */
function facts(path: string): string {
	const html = readPage(inject('siteDist'), path);
	const panel = /<dl class="facts"[\s\S]*?<\/dl>/.exec(html)?.[0];
	expect(panel, `facts on ${path}`).toBeDefined();
	return htmlToText(panel!);
}

describe('entry pages', () => {
	it('show a report’s author, funder, period and outcomes', () => {
		const text = facts('reports/cccv-final-learning-report-2022/');
		expect(text).toContain('By Co-operative Care Colne Valley');
		expect(text).toContain('Funded by Power to Change');
		expect(text).toContain('Period covered 1 April 2022 to 30 June 2022');
		expect(text).toMatch(/Outcomes Members engagement Events Wider co-operation/);
	});

	it('show who carried out an audit and the organisations consulted', () => {
		const text = facts('audits/community-audit-small-care-providers-2021/');
		expect(text).toContain('By Sue Richards');
		expect(text).toContain('Organisations consulted');
		for (const organisation of ['Kirklees Council', 'Cartrefi Cymru', 'Community Catalysts']) expect(text).toContain(organisation);
	});

	it('show a practice example’s organisation, place and year, and list its eight questions in order', () => {
		const text = facts('practice/new-belongings-cheshire-east/');
		expect(text).toContain('Organisation Cheshire East Council');
		expect(text).toContain('Year 2015');
		const page = htmlToText(readPage(inject('siteDist'), 'practice/new-belongings-cheshire-east/'));
		const contents = page.slice(page.indexOf('The questions this example answers'));
		const positions = PRACTICE_QUESTIONS.map((question) => contents.indexOf(question));
		expect(positions.every((position) => position > 0)).toBe(true);
		expect([...positions].sort((a, b) => a - b)).toEqual(positions);
	});

	it('show a blog author with their role and organisation, and the series around the post', () => {
		const text = facts('blog/co-production-in-the-workplace-at-scie/');
		expect(text).toMatch(/By Nimal Jude, Practice Development Manager/);
		const page = htmlToText(readPage(inject('siteDist'), 'blog/co-production-in-the-workplace-at-scie/'));
		expect(page).toMatch(/Part 1 of 5 in the series/);
	});

	it('link to related entries that share a topic', () => {
		const html = readPage(inject('siteDist'), 'practice/new-belongings-cheshire-east/');
		const related = /<section class="related[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
		expect((related.match(/<article/g) ?? []).length).toBeGreaterThan(0);
		expect(related).not.toContain('href="/practice/new-belongings-cheshire-east/"');
	});
});
