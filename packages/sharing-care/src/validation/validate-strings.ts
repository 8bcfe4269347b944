import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTRY_COLLECTIONS } from '../collections/index.ts';
import { describeStrings } from '../i18n/describe-strings.ts';
import type { UiStrings } from '../i18n/locales/en-GB.ts';
import { readSiteStrings, SITE_STRINGS_FILE } from '../i18n/read-site-strings.ts';
import type { Problem } from './problem.ts';

/** The text of a site's `content/strings.yaml`, its own wording of the kit's UI text; null when it has none. */
export function readStringsSource(root: string): string | null {
	const path = join(root, SITE_STRINGS_FILE);
	return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

/**
 * The kit's reference strings table, loaded outside Vite. Its functions write numbers through the site config that
 * Vite gives pages (src/i18n/format.ts, src/config/site.ts), which the module reads as it loads: where Vite has not
 * given one, it gets an empty stand-in first. Checking the keys never calls those functions.
 */
async function importReferenceStrings(): Promise<UiStrings> {
	const globals = globalThis as { __SHARING_CARE_SITE__?: unknown };
	if (!('__SHARING_CARE_SITE__' in globals)) globals.__SHARING_CARE_SITE__ = null;
	return (await import('../i18n/locales/en-GB.ts')).default;
}

/**
 * Checks a site's wording (`content/strings.yaml`, when it has one) against the keys of the kit's strings table:
 * every key must name a piece of the site's text, every value be words (or a list of them, where the table has a
 * list), and every `{name}` mark be one that text fills in. Each problem names the file, the line and the key.
 */
export async function validateStrings(root: string): Promise<Problem[]> {
	const source = readStringsSource(root);
	if (source === null) return [];
	return readSiteStrings(source, describeStrings(await importReferenceStrings()), ENTRY_COLLECTIONS).problems;
}
