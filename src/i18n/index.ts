import { site } from '../config/site.ts';
import type { UiStrings } from './locales/en-GB.ts';

export type { UiStrings };

/** Every strings table in `./locales/`, by locale tag: `en-GB.ts` is the reference a translation copies. */
const tables = import.meta.glob<{ default: UiStrings }>('./locales/*.ts', { eager: true });

/** The strings table for a locale tag, or undefined when the kit has none. */
export function stringsFor(locale: string): UiStrings | undefined {
	return tables[`./locales/${locale}.ts`]?.default;
}

const table = stringsFor(site.locale);
if (!table) throw new Error(`site.config.ts locale: there is no strings table for "${site.locale}". Copy src/i18n/locales/en-GB.ts to src/i18n/locales/${site.locale}.ts and translate it.`);

/**
 * The UI text of the site, in the language `site.locale` names. Components take every word they show from here:
 * `t.facts.fundedBy`, `t.facts.period(start, end)`.
 */
export const t: UiStrings = table;
