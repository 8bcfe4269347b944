import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readTags } from '../lib/html/read-html.ts';

/** Where a built site is published: its origin (`https://coops.example.org`) and base path (`/coop-kit/`). */
export interface SiteAddress {
	origin: string;
	base: string;
}

/**
 * Reads where a built site will be published from its home page's canonical link, so the checks work
 * on any build (root or base path) without being told. Falls back to `/` on an unknown origin.
 */
export function readSiteAddress(dist: string): SiteAddress {
	const home = join(dist, 'index.html');
	if (existsSync(home)) {
		const canonical = readTags(readFileSync(home, 'utf8')).find((tag) => tag.name === 'link' && tag.attributes.rel === 'canonical');
		if (canonical?.attributes.href) {
			const url = new URL(canonical.attributes.href);
			return { origin: url.origin, base: url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/` };
		}
	}
	return { origin: 'http://site.invalid', base: '/' };
}
