import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { resolveSiteConfig } from '../../packages/sharing-care/src/config/resolve-site-config.ts';
import type { SiteConfig } from '../../packages/sharing-care/src/config/schema.ts';
import { KIT_DIR } from '../../scripts/lib/copy-project.ts';
import { VARIANT_ENV } from '../support/variant-site.ts';
import { checkLocalePages, findTemplateWords, unmarkedText, type LocaleReport } from './locale-check.ts';
import { TEST_COLLECTION } from './add-test-collection.ts';
import { TEST_LOCALE } from './use-test-locale.ts';

describe('a site in another locale', () => {
	let report: LocaleReport;
	let config: SiteConfig;

	// The variant build (tests/support/variant-site.ts) is in a locale whose strings table wraps every British
	// English string in ⟦ ⟧: its project copy holds the config and content the pages were built from.
	beforeAll(async () => {
		const dist = inject('variantSiteDist');
		const dir = dirname(dist);
		config = resolveSiteConfig((await import(pathToFileURL(join(dir, 'site.config.ts')).href)).default, VARIANT_ENV);
		// The variant also adds a kind of entry of its own, whose names come from its module (tests/kit/add-test-collection.ts).
		report = checkLocalePages(dist, dir, config, [TEST_COLLECTION.plural, TEST_COLLECTION.singular, TEST_COLLECTION.description]);
	});

	it('is built in the locale the config names', () => {
		expect(config.locale).toBe(TEST_LOCALE);
		expect(report.pages).toBeGreaterThan(30);
		expect(report.minutesRecords).toBeGreaterThan(0);
	});

	it('takes every piece of UI text on every page from the locale’s strings table', () => {
		expect(report.untranslated).toEqual([]);
	});

	it('writes dates and numbers the way the locale does', () => {
		expect(report.dayDates).toBeGreaterThan(0);
		expect(report.dates).toEqual([]);
		expect(report.numbers).toEqual([]);
	});

	it('hands the search page’s browser code the locale’s words', () => {
		expect(report.browserStrings).toEqual([]);
	});
});

describe('the templates', () => {
	it('hold no words of their own, in any branch, built or not', () => {
		expect(findTemplateWords(KIT_DIR)).toEqual([]);
	});
});

describe('unmarkedText', () => {
	const data = ['board meeting, 12 march 2025', 'chair'];

	it('finds words outside the marks', () => {
		expect(unmarkedText('⟦Published ⟧ on Tuesday', data)).toEqual(['on tuesday']);
	});

	it('accepts marks nested and around a link or a date', () => {
		expect(unmarkedText('⟦Part 1 of 3 in the series ⟦Name⟧⟧ · \u0002 · 2025', data)).toEqual([]);
	});

	it('accepts the site’s own words outside the marks, and only those', () => {
		expect(unmarkedText('Board meeting, 12 March 2025 ⟦Status⟧ Chair', data)).toEqual([]);
		expect(unmarkedText('Chair, Treasurer', data)).toEqual(['…, treasurer']);
	});

	it('reports marks that do not pair up', () => {
		expect(unmarkedText('⟦Published', data)).toEqual(['unpaired ⟦ in: ⟦Published']);
	});
});
