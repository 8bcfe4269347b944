import type { SiteStrings, StringOverride } from '../i18n/read-site-strings.ts';
import english, { type UiStrings } from '../i18n/locales/en-GB.ts';
import { readQualifiers } from '../lib/text/find-missing-qualifiers.ts';
import { readStopWords } from '../lib/text/find-unsupported-words.ts';
import { listKitLocales } from './validate-config.ts';

/** Where the stop words sit in the strings table: the search's, which the key-point check shares. */
const STOP_WORDS_KEY = 'search.stopWords';
/** Where the qualifiers a key point must keep sit in the strings table. */
const QUALIFIERS_KEY = 'entry.keyPointQualifiers';

/** The words of the site's language that the key-point check reads entries with. */
export interface CheckWords {
	/** Words a key point may use whether or not its entry does: the ones the site's search leaves out. */
	stopWords: ReadonlySet<string>;
	/** Words and phrases that hedge or limit a claim, which a key point must keep from the sentence it summarises. */
	qualifiers: readonly string[];
}

/** The site's own wording of one text in content/strings.yaml, when it gives one. */
function ownText(wording: SiteStrings | null, key: string): string | undefined {
	const isKey = (override: StringOverride): override is Extract<StringOverride, { kind: 'text' }> =>
		override.kind === 'text' && override.path.join('.') === key;
	return wording?.overrides.find(isKey)?.value;
}

/**
 * The words the key-point check reads entries with, in the site's language: the stop words its search leaves out
 * (`search.stopWords`) and the qualifiers a key point must keep (`entry.keyPointQualifiers`), each the site's own
 * wording in content/strings.yaml, or else the kit's strings table for `locale`, the valid config's
 * (checkConfigFile). English when the config is not valid or names a language the kit has no table for (the config's
 * own problems say so). `wording`: the site's content/strings.yaml as readSiteWording read it.
 */
export async function readSiteCheckWords(locale: string | undefined, wording: SiteStrings | null): Promise<CheckWords> {
	const table =
		locale && listKitLocales().includes(locale)
			? ((await import(new URL(`../i18n/locales/${locale}.ts`, import.meta.url).href)) as { default: UiStrings }).default
			: english;
	return {
		stopWords: readStopWords(ownText(wording, STOP_WORDS_KEY) ?? table.search.stopWords),
		qualifiers: readQualifiers(ownText(wording, QUALIFIERS_KEY) ?? table.entry.keyPointQualifiers),
	};
}
