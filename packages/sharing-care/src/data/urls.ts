import { site } from '../config/site.ts';
import { joinBase } from '../lib/urls/join-base.ts';
import { resolveSiteUrl } from '../lib/urls/resolve-site-url.ts';

/** What names an entry's page: its collection and id. */
interface EntryAddress {
	collection: string;
	id: string;
}

/** A path on this site under its base path: `topics/` → `/coop-kit/topics/`. Build every internal link with it. */
export function sitePath(path: string): string {
	return joinBase(site.basePath, path);
}

/** The full address of a path on this site (the base path added unless it is there): for feeds, metadata and copied links. */
export function absoluteUrl(path: string): string {
	return resolveSiteUrl(site, path);
}

/** The path of an entry's page under the base path: `/blog/my-post/`. */
export function entryPath(entry: EntryAddress): string {
	return sitePath(`${entry.collection}/${entry.id}/`);
}

/** The full address of an entry's page. */
export function entryUrl(entry: EntryAddress): string {
	return absoluteUrl(entryPath(entry));
}
