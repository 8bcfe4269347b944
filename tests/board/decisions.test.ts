import { describe, expect, inject, it } from 'vitest';
import { htmlToText, listFiles, readPage } from '../support/read-dist.ts';

const dist = () => inject('siteDist');

describe('the decisions register', () => {
	it('lists every decision from published minutes, newest meeting first, with permanent anchors', () => {
		const html = readPage(dist(), 'decisions/');
		const text = htmlToText(html);
		const march = text.indexOf('The co-op will recruit two more care workers before the summer.');
		const january = text.indexOf('The board approved the budget for 2025 with a small planned surplus.');
		expect(march).toBeGreaterThan(-1);
		expect(january).toBeGreaterThan(march);
		expect(html).toContain('id="budget-2025"');
		expect(html).toContain('id="recruit-two-care-workers"');
		expect(html).toContain('id="board-2025-01-15-decision-2"');
	});

	it('links each decision to the same anchor on its minutes page', () => {
		expect(readPage(dist(), 'decisions/')).toContain('href="/minutes/board-2025-01-15/#budget-2025"');
		expect(readPage(dist(), 'minutes/board-2025-01-15/')).toContain('id="budget-2025"');
	});

	it('marks the filter of the page being shown as current, with no stray attributes', () => {
		const register = readPage(dist(), 'decisions/');
		expect(register).toMatch(/<a href="\/decisions\/" aria-current="page"[^>]*>All decisions<\/a>/);
		expect(register).not.toMatch(/<a [^>]*\scurrent=/);
		expect(readPage(dist(), 'decisions/2025/')).toMatch(/<a href="\/decisions\/2025\/" aria-current="page"[^>]*>2025<\/a>/);
	});

	it('has a page per year and per topic, so it can be filtered without JavaScript', () => {
		const files = listFiles(dist());
		expect(files).toContain('decisions/2025/index.html');
		expect(files).toContain('decisions/topics/funding-and-finance/index.html');
		const finance = htmlToText(readPage(dist(), 'decisions/topics/funding-and-finance/'));
		expect(finance).toContain('The board approved the budget for 2025');
		expect(finance).not.toContain('recruit two more care workers');
	});
});

describe('the actions tracker', () => {
	it('lists open actions by due date, then completed ones, with their owners', () => {
		const text = htmlToText(readPage(dist(), 'actions/'));
		expect(text).toContain('2 open, 1 completed');
		const leaflet = text.indexOf('Draft the membership drive leaflet.');
		const advertise = text.indexOf('Advertise the two care worker posts.');
		const published = text.indexOf('Publish the approved budget summary to members.');
		expect(leaflet).toBeGreaterThan(-1);
		expect(advertise).toBeGreaterThan(leaflet);
		expect(published).toBeGreaterThan(advertise);
		expect(text).toContain('Open actions by owner');
	});
});

describe('the minutes', () => {
	it('are listed by year of meeting on the minutes index', () => {
		const html = readPage(dist(), 'minutes/');
		expect(html).toContain('id="year-2025"');
		expect(htmlToText(html)).toContain('Board meeting, 11 March 2025');
	});

	it('show attendees, apologies, agenda, decisions and actions in that order', () => {
		const text = htmlToText(readPage(dist(), 'minutes/board-2025-01-15/'));
		const order = ['Present', 'Apologies', 'Agenda', 'Decisions', 'Actions'].map((heading) => text.indexOf(` ${heading} `));
		expect(order.every((index) => index > -1)).toBe(true);
		expect([...order].sort((a, b) => a - b)).toEqual(order);
		expect(text).toContain('These minutes were approved at a later meeting: Board meeting, 11 March 2025');
	});

});
