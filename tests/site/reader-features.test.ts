import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { ENTRY_COLLECTIONS } from '../../packages/sharing-care/src/collections/index.ts';
import { KIT_STATEMENT_PREPARED } from '../../packages/sharing-care/src/config/schema.ts';
import english from '../../packages/sharing-care/src/i18n/locales/en-GB.ts';
import { estimateReadingTime } from '../../packages/sharing-care/src/lib/text/estimate-reading-time.ts';
import { FIXTURE_SITE, fixtureConfig } from '../support/fixture-site.ts';
import { parsePage } from '../support/parse-page.ts';
import { listFiles, readPage } from '../support/read-dist.ts';
import { VARIANT_CONFIG, VARIANT_ENV } from '../support/variant-site.ts';

const dist = inject('siteDist');
const variantDist = inject('variantSiteDist');

/** A built page, parsed. */
const page = (site: string, path: string) => parsePage(readPage(site, path));

/** The published entries of the fixture site, as built: their path and the Markdown body of their source. */
function builtEntries(site: string): { path: string; body: string }[] {
	return ENTRY_COLLECTIONS.flatMap((collection) => {
		const folder = join(FIXTURE_SITE, 'content', collection);
		return readdirSync(folder)
			.filter((name) => /\.mdx?$/.test(name))
			.map((name) => ({
				path: `${collection}/${name.replace(/\.mdx?$/, '')}/`,
				body: readFileSync(join(folder, name), 'utf8').replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, ''),
			}))
			.filter((entry) => existsSync(join(site, entry.path, 'index.html')));
	});
}

/** "1 minute to read", "2 minutes to read": what the page should say for an entry's body. */
function readingTimeOf(body: string): string {
	const minutes = estimateReadingTime(body);
	return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'} to read`;
}

describe('reading time', () => {
	const entries = builtEntries(dist);

	it('is shown beside the date on every entry, worked out from its text', () => {
		expect(entries.length).toBeGreaterThan(10);
		for (const entry of entries) {
			const dateLine = page(dist, entry.path).text('header p.date');
			expect(dateLine, entry.path).toContain(` · ${readingTimeOf(entry.body)}`);
		}
		// The report runs to about 300 words, so two minutes: the plural form is used.
		expect(page(dist, 'reports/learning-report-2024/').text('header p.date')).toMatch(/ · 2 minutes to read$/);
	});

	it('is shown for each entry in lists', () => {
		const bodies = new Map(entries.map((entry) => [`/${entry.path}`, entry.body]));
		let cards = 0;
		for (const list of ['blog/', 'reports/', 'topics/partnerships/', '']) {
			const listed = page(dist, list);
			for (const card of listed.selectAll('article.card')) {
				const href = listed.attr(listed.select('.title a', card)!, 'href')!;
				const body = bodies.get(href);
				expect(body, href).toBeDefined();
				expect(listed.text(listed.select('.meta', card)!), href).toContain(readingTimeOf(body!));
				cards += 1;
			}
		}
		expect(cards).toBeGreaterThan(10);
	});
});

describe('"Report a problem with this page"', () => {
	it('ends every entry with an email to the co-op, the page’s full address in its subject', () => {
		const entries = builtEntries(dist);
		expect(entries.length).toBeGreaterThan(10);
		for (const entry of entries) {
			const built = page(dist, entry.path);
			const link = built.select('p.report-problem a');
			expect(link, entry.path).toBeTruthy();
			expect(built.text(link!)).toBe(english.entry.reportProblem);
			const href = new URL(built.attr(link!, 'href')!);
			expect(href.protocol).toBe('mailto:');
			expect(href.pathname).toBe(fixtureConfig.contact!.email);
			expect(href.searchParams.get('subject')).toBe(`Problem with the page ${fixtureConfig.url}/${entry.path}`);
		}
	});

	it('is left out of every page when the site gives no email address', () => {
		expect(VARIANT_CONFIG.contact?.email).toBeUndefined();
		const pages = listFiles(variantDist, '.html').filter((file) => !file.startsWith('pagefind/'));
		expect(pages.length).toBeGreaterThan(20);
		for (const file of pages) {
			const html = readFileSync(join(variantDist, file), 'utf8');
			expect(parsePage(html).select('.report-problem'), file).toBeUndefined();
			expect(html, file).not.toContain('mailto:');
		}
	});
});

describe('the accessibility statement', () => {
	const statement = () => page(dist, 'accessibility/');
	const main = () => statement().text('main');

	it('is linked from the footer of every page', () => {
		const pages = listFiles(dist, '.html').filter((file) => !file.startsWith('pagefind/') && !file.startsWith('admin/'));
		expect(pages.length).toBeGreaterThan(20);
		for (const file of pages) {
			const built = parsePage(readFileSync(join(dist, file), 'utf8'));
			const links = built.selectAll('footer a[href="/accessibility/"]');
			expect(
				links.map((link) => built.text(link)),
				file,
			).toEqual([english.accessibility.title]);
		}
	});

	it('states the WCAG 2.2 AA aim and what the site’s own checks cover', () => {
		const text = main();
		expect(statement().text('h1')).toBe(english.accessibility.title);
		expect(text).toContain('Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA');
		for (const check of [...english.accessibility.buildCheckList, ...english.accessibility.testCheckList]) expect(text).toContain(check);
		expect(text).toContain('Search needs JavaScript');
	});

	it('says how to report a problem, with the co-op’s email, phone and address from the config', () => {
		const built = statement();
		expect(built.text('ul.contact-ways')).toBe(
			`Email: ${fixtureConfig.contact!.email} Phone: ${fixtureConfig.contact!.phone} Write to: ${fixtureConfig.contact!.address}`,
		);
		const email = new URL(built.attr('ul.contact-ways a[href^="mailto:"]', 'href')!);
		expect(email.pathname).toBe(fixtureConfig.contact!.email);
		expect(email.searchParams.get('subject')).toBe(english.accessibility.emailSubject);
		expect(built.attr('ul.contact-ways a[href^="tel:"]', 'href')).toBe('tel:01632960123');
	});

	it('gives the enforcement procedure, with a link to the Equality Advisory and Support Service', () => {
		expect(main()).toContain(`${fixtureConfig.name} is not a public sector body`);
		const built = statement();
		const eass = built.selectAll('main a').find((link) => built.text(link) === 'Equality Advisory and Support Service (EASS)');
		expect(eass && built.attr(eass, 'href')).toBe('https://www.equalityadvisoryservice.com/');
	});

	it('dates its preparation and last review from the config', () => {
		expect(main()).toContain('This statement was prepared on 2 June 2025. It was last reviewed on 12 January 2026.');
		const built = statement();
		const times = built.selectAll('main time').map((time) => built.attr(time, 'datetime'));
		expect(times).toEqual([fixtureConfig.accessibility!.prepared, fixtureConfig.accessibility!.reviewed]);
	});

	it('on a site with no email address, offers its phone and address, and dates itself from the kit when the config gives no date', () => {
		const statementPage = page(variantDist, 'accessibility/');
		const ways = statementPage.text('ul.contact-ways');
		expect(ways).toContain(VARIANT_CONFIG.contact!.phone);
		expect(ways).toContain(VARIANT_CONFIG.contact!.address);
		expect(readPage(variantDist, 'accessibility/')).not.toContain('mailto:');
		expect(statementPage.selectAll('main time').map((time) => statementPage.attr(time, 'datetime'))).toEqual([KIT_STATEMENT_PREPARED]);
		// Its footer link is under the variant's base path.
		expect(statementPage.select(`footer a[href="${VARIANT_ENV.BASE_PATH}accessibility/"]`)).toBeDefined();
	});
});
