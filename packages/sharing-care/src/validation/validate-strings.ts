import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTRY_COLLECTIONS } from '../collections/index.ts';
import { describeStrings } from '../i18n/describe-strings.ts';
import english from '../i18n/locales/en-GB.ts';
import { readSiteStrings, SITE_STRINGS_FILE, type SiteStrings } from '../i18n/read-site-strings.ts';

/** The text of a site's `content/strings.yaml`, its own wording of the kit's UI text; null when it has none. */
export function readStringsSource(root: string): string | null {
	const path = join(root, SITE_STRINGS_FILE);
	return existsSync(path) ? readFileSync(path, 'utf8') : null;
}

/**
 * A site's wording, read and checked against the kit's reference strings table (`en-GB.ts`, whose keys every
 * locale shares): the overrides to apply and the problems found; null when the site has no `content/strings.yaml`.
 * Every key must name a piece of the site's text, every value be words (or a list of them, where the table has a
 * list), and every `{name}` mark be one that text fills in. Each problem names the file, the line and the key.
 */
export function readSiteWording(root: string): SiteStrings | null {
	const source = readStringsSource(root);
	return source === null ? null : readSiteStrings(source, describeStrings(english), ENTRY_COLLECTIONS);
}
