import { describe, expect, inject, it } from 'vitest';
import { PRACTICE_SECTIONS } from '../../packages/sharing-care/src/schemas/practice.ts';
import { parsePage } from '../support/parse-page.ts';
import { readPage } from '../support/read-dist.ts';

/** A built page of the fixture site, parsed. */
const parsed = (path: string) => parsePage(readPage(inject('siteDist'), path));

/** The text of the facts panel beside an entry's title. */
function facts(path: string): string {
	return parsed(path).text('dl.facts');
}

describe('entry pages', () => {
	it('show a report’s author, funder, period (in months only, as the report gives it) and outcomes', () => {
		const text = facts('reports/learning-report-2024/');
		expect(text).toContain('By Millbrook Care Co-operative');
		expect(text).toContain('Funded by Northfield Community Trust');
		expect(text).toContain('Period covered January 2024 to March 2024');
		expect(text).not.toMatch(/\b(1 January|31 March)\b/);
		expect(text).toMatch(/Outcomes Members engagement Events Wider co-operation/);
	});

	it('show who carried out an audit and the organisations consulted', () => {
		const text = facts('audits/community-audit-2023/');
		expect(text).toContain('By Amir Shah');
		expect(text).toContain('Organisations consulted');
		for (const organisation of ['Hillcrest Borough Council', 'Valley Digital Skills', 'Carers Together']) expect(text).toContain(organisation);
	});

	it('show a practice example’s organisation, place, year and first publication, and list its account of the project and seven questions in order', () => {
		const text = facts('practice/open-doors-hillcrest/');
		expect(text).toContain('Organisation Hillcrest Borough Council');
		expect(text).toContain('Year 2019');
		// The publication's title and its publisher, each under its own label.
		expect(text).toContain('First published in Open Doors in Hillcrest, a first report');
		expect(text).toContain('First published by Hillcrest Borough Council');
		const page = parsed('practice/open-doors-hillcrest/').text();
		const contents = page.slice(page.indexOf('The project and the questions this example answers'));
		const positions = PRACTICE_SECTIONS.map((section) => contents.indexOf(section));
		expect(positions.every((position) => position > 0)).toBe(true);
		expect([...positions].sort((a, b) => a - b)).toEqual(positions);
	});

	it('show a blog author with their role and organisation, and the series around the post', () => {
		const text = facts('blog/winter-letters-listening/');
		expect(text).toMatch(/By Jo Hartley, Development Worker/);
		const page = parsed('blog/winter-letters-listening/').text();
		expect(page).toMatch(/Part 1 of 3 in the series/);
	});

	it('say when a date is the editor’s estimate because the source gives none, on the page, in lists and in search', () => {
		const path = 'blog/winter-letters-neighbours/';
		const page = parsed(path);
		// The date line goes on with the latest change and the reading time.
		expect(page.text('p.date')).toMatch(/^Published February 2025 \(approximate: the source gives no date\), updated 20 February 2025 · \d+ minutes? to read$/);
		expect(page.select('p.date time[datetime="2025-02"]')).toBeDefined();
		const blog = parsed('blog/');
		expect(blog.text(`article.card:has([href="/${path}"])`)).toContain('February 2025 (approximate: the source gives no date)');
		expect(page.text('[data-pagefind-meta="published"]')).toBe('February 2025 (approximate: the source gives no date)');
		// A date its source gives is shown as it is.
		expect(parsed('blog/winter-letters-tablets/').text('p.date')).toMatch(/^Published 9 January 2025 · /);
	});

	it('list an entry’s notes on its source after its text, and show no such section on an entry without them', () => {
		const page = parsed('blog/winter-letters-neighbours/');
		expect(page.text('section.source-notes')).toBe(
			"Notes on the source Priya's letter came to the co-op without a date. It arrived in February 2025, so it is shown as February 2025. The caption of a photo of the snowed-in valley road is left out, as the photo is not published here.",
		);
		expect(page.selectAll('section.source-notes li')).toHaveLength(2);
		// After the text.
		expect(page.select('.prose ~ section.source-notes')).toBeDefined();
		expect(parsed('blog/winter-letters-tablets/').select('.source-notes')).toBeUndefined();
	});

	it('link to related entries that share a topic', () => {
		const page = parsed('practice/open-doors-hillcrest/');
		expect(page.selectAll('section.related article').length).toBeGreaterThan(0);
		expect(page.select('section.related [href="/practice/open-doors-hillcrest/"]')).toBeUndefined();
	});
});
