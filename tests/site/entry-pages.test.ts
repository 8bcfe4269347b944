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
		const text = facts('reports/learning-report-2024/');
		expect(text).toContain('By Millbrook Care Co-operative');
		expect(text).toContain('Funded by Northfield Community Trust');
		expect(text).toContain('Period covered 1 January 2024 to 31 March 2024');
		expect(text).toMatch(/Outcomes Members engagement Events Wider co-operation/);
	});

	it('show who carried out an audit and the organisations consulted', () => {
		const text = facts('audits/community-audit-2023/');
		expect(text).toContain('By Amir Shah');
		expect(text).toContain('Organisations consulted');
		for (const organisation of ['Hillcrest Borough Council', 'Valley Digital Skills', 'Carers Together']) expect(text).toContain(organisation);
	});

	it('show a practice example’s organisation, place and year, and list its eight questions in order', () => {
		const text = facts('practice/open-doors-hillcrest/');
		expect(text).toContain('Organisation Hillcrest Borough Council');
		expect(text).toContain('Year 2019');
		const page = htmlToText(readPage(inject('siteDist'), 'practice/open-doors-hillcrest/'));
		const contents = page.slice(page.indexOf('The questions this example answers'));
		const positions = PRACTICE_QUESTIONS.map((question) => contents.indexOf(question));
		expect(positions.every((position) => position > 0)).toBe(true);
		expect([...positions].sort((a, b) => a - b)).toEqual(positions);
	});

	it('show a blog author with their role and organisation, and the series around the post', () => {
		const text = facts('blog/winter-letters-listening/');
		expect(text).toMatch(/By Jo Hartley, Development Worker/);
		const page = htmlToText(readPage(inject('siteDist'), 'blog/winter-letters-listening/'));
		expect(page).toMatch(/Part 1 of 3 in the series/);
	});

	it('link to related entries that share a topic', () => {
		const html = readPage(inject('siteDist'), 'practice/open-doors-hillcrest/');
		const related = /<section class="related[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
		expect((related.match(/<article/g) ?? []).length).toBeGreaterThan(0);
		expect(related).not.toContain('href="/practice/open-doors-hillcrest/"');
	});
});
