import { joinBase } from './join-base.ts';

/** Where a site lives: its address without a folder, and the folder (the site config's `url` and `basePath`). */
export interface SiteAddress {
	/** The site's address: `https://care.example.org`. */
	url: string;
	/** The folder the site lives in: `/` or `/coop-kit/`. */
	basePath: string;
}

/**
 * The full address of a path on a site: `resolveSiteUrl({ url: 'https://care.example.org', basePath: '/coop-kit/' }, 'topics/')`
 * → `https://care.example.org/coop-kit/topics/`. The base path is added unless the path starts with it already
 * (as Astro's image addresses do); full addresses pass through.
 */
export function resolveSiteUrl(site: SiteAddress, path: string): string {
	return new URL(joinBase(site.basePath, path), site.url).href;
}
