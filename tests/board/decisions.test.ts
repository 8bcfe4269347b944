import { describe, expect, inject, it } from 'vitest';
import { parsePage } from '../support/parse-page.ts';
import { listFiles, readPage } from '../support/read-dist.ts';

const dist = () => inject('siteDist');
/** A built page of the fixture site, parsed. */
const parsed = (path: string) => parsePage(readPage(dist(), path));

describe('the decisions register', () => {
	it('lists every decision from published minutes, newest meeting first, with permanent anchors', () => {
		const page = parsed('decisions/');
		const text = page.text();
		const march = text.indexOf('The co-op will recruit two more care workers before the summer.');
		const january = text.indexOf('The board approved the budget for 2025 with a small planned surplus.');
		expect(march).toBeGreaterThan(-1);
		expect(january).toBeGreaterThan(march);
		expect(page.select('#budget-2025')).toBeDefined();
		expect(page.select('#recruit-two-care-workers')).toBeDefined();
		expect(page.select('#board-2025-01-15-decision-2')).toBeDefined();
	});

	it('links each decision to the same anchor on its minutes page', () => {
		expect(parsed('decisions/').select('a[href="/minutes/board-2025-01-15/#budget-2025"]')).toBeDefined();
		expect(parsed('minutes/board-2025-01-15/').select('#budget-2025')).toBeDefined();
	});

	it('marks the filter of the page being shown as current, with no stray attributes', () => {
		const register = parsed('decisions/');
		expect(register.selectAll('a[aria-current="page"]').map((link) => [register.attr(link, 'href'), register.text(link)])).toContainEqual([
			'/decisions/',
			'All decisions',
		]);
		expect(register.selectAll('a[current]')).toEqual([]);
		const year = parsed('decisions/2025/');
		expect(year.selectAll('a[aria-current="page"]').map((link) => [year.attr(link, 'href'), year.text(link)])).toContainEqual(['/decisions/2025/', '2025']);
	});

	it('has a page per year and per topic, so it can be filtered without JavaScript', () => {
		const files = listFiles(dist());
		expect(files).toContain('decisions/2025/index.html');
		expect(files).toContain('decisions/topics/funding-and-finance/index.html');
		const finance = parsed('decisions/topics/funding-and-finance/').text();
		expect(finance).toContain('The board approved the budget for 2025');
		expect(finance).not.toContain('recruit two more care workers');
	});
});

describe('the actions tracker', () => {
	it('lists open actions by due date, then completed ones, with their owners', () => {
		const text = parsed('actions/').text();
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
		const page = parsed('minutes/');
		expect(page.select('#year-2025')).toBeDefined();
		expect(page.text()).toContain('Board meeting, 11 March 2025');
	});

	it('show attendees, apologies, agenda, decisions and actions in that order', () => {
		const text = parsed('minutes/board-2025-01-15/').text();
		const order = ['Present', 'Apologies', 'Agenda', 'Decisions', 'Actions'].map((heading) => text.indexOf(` ${heading} `));
		expect(order.every((index) => index > -1)).toBe(true);
		expect([...order].sort((a, b) => a - b)).toEqual(order);
		expect(text).toContain('These minutes were approved at a later meeting: Board meeting, 11 March 2025');
	});
});
