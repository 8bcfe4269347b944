import type { SiteStrings, StringOverride } from '../i18n/read-site-strings.ts';
import english, { type UiStrings } from '../i18n/locales/en-GB.ts';
import { readStopWords } from '../lib/text/find-unsupported-words.ts';
import { listKitLocales } from './validate-config.ts';

/** Where the stop words sit in the strings table: the search's, which the key-point check shares. */
const STOP_WORDS_KEY = 'search.stopWords';

/** The site's own wording of the stop words, when its content/strings.yaml gives one. */
const isStopWords = (override: StringOverride): override is Extract<StringOverride, { kind: 'text' }> =>
	override.kind === 'text' && override.path.join('.') === STOP_WORDS_KEY;

/**
 * The words a key point may use whether or not its entry does: the stop words of the site's language, the ones its
 * search leaves out (`search.stopWords`): the site's own wording of them in content/strings.yaml, or else the kit's
 * strings table for `locale`, the valid config's (checkConfigFile). English when the config is not valid or names a
 * language the kit has no table for (the config's own problems say so). `wording`: the site's content/strings.yaml as
 * readSiteWording read it.
 */
export async function readSiteStopWords(locale: string | undefined, wording: SiteStrings | null): Promise<ReadonlySet<string>> {
	const own = wording?.overrides.find(isStopWords);
	if (own) return readStopWords(own.value);
	const table =
		locale && listKitLocales().includes(locale)
			? ((await import(new URL(`../i18n/locales/${locale}.ts`, import.meta.url).href)) as { default: UiStrings }).default
			: english;
	return readStopWords(table.search.stopWords);
}
