import { site } from '../config/site.ts';
import { findMissingStrings } from '../lib/text/find-missing-strings.ts';
import { formatProblems } from '../lib/text/format-problems.ts';
import { applySiteStrings } from './apply-site-strings.ts';
import { describeMissingLocale } from './describe-missing-locale.ts';
import { number } from './format.ts';
import type { UiStrings } from './locales/en-GB.ts';
import { SITE_STRINGS_FILE, type SiteStrings } from './read-site-strings.ts';

export type { UiStrings };

/** Every strings table in `./locales/`, by locale tag: `en-GB.ts` is the reference a translation copies. */
const tables = import.meta.glob<{ default: UiStrings }>('./locales/*.ts', { eager: true });

/** The strings table for a locale tag, or undefined when the kit has none. */
export function stringsFor(locale: string): UiStrings | undefined {
	return tables[`./locales/${locale}.ts`]?.default;
}

const table = stringsFor(site.locale);
if (!table) {
	throw new Error(
		`site.config.ts\n  - locale: ${describeMissingLocale(
			site.locale,
			Object.keys(tables).map((path) => path.slice('./locales/'.length, -'.ts'.length)),
		)}`,
	);
}
const missing = findMissingStrings(table, stringsFor('en-GB'));
if (missing.length) {
	throw new Error(
		`the kit's src/i18n/locales/${site.locale}.ts\n${missing.map((path) => `  - ${path}: missing. Copy it from en-GB.ts and translate it.`).join('\n')}`,
	);
}

/**
 * The site's `content/strings.yaml`, read and checked by the integration (src/validation/validate-strings.ts):
 * null without one, and undefined in the kit's unit tests.
 */
declare const __SHARING_CARE_STRINGS__: SiteStrings | null | undefined;
const wording = typeof __SHARING_CARE_STRINGS__ === 'undefined' ? null : __SHARING_CARE_STRINGS__;
// The content check stops a build on these first; the development server shows them on every page.
if (wording?.problems.length) throw new Error(`${formatProblems(wording.problems)}\n\nFix these in ${SITE_STRINGS_FILE}, then reload the page.`);

/**
 * The UI text of the site, in the language `site.locale` names, with the site's own wording (`content/strings.yaml`)
 * in place of the table's where it gives some. Components take every word they show from here:
 * `t.facts.fundedBy`, `t.facts.period(start, end)`.
 */
export const t: UiStrings = applySiteStrings(table, wording?.overrides ?? [], number);
