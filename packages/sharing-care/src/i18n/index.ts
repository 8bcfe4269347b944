import { site } from '../config/site.ts';
import { findMissingStrings } from '../lib/text/find-missing-strings.ts';
import type { UiStrings } from './locales/en-GB.ts';

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
		`site.config.ts\n  - locale: "${site.locale}" has no strings table. The site's words come from src/i18n/locales/${site.locale}.ts: copy src/i18n/locales/en-GB.ts to that name and translate it, or set locale back to "en-GB".`,
	);
}
const missing = findMissingStrings(table, stringsFor('en-GB'));
if (missing.length) {
	throw new Error(`src/i18n/locales/${site.locale}.ts\n${missing.map((path) => `  - ${path}: missing. Copy it from en-GB.ts and translate it.`).join('\n')}`);
}

/**
 * The UI text of the site, in the language `site.locale` names. Components take every word they show from here:
 * `t.facts.fundedBy`, `t.facts.period(start, end)`.
 */
export const t: UiStrings = table;
