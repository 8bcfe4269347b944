import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { select } from 'hast-util-select';
import { readAttribute } from '../lib/html/read-html.ts';
import { readBuiltPage } from './read-built-page.ts';

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
		const canonical = select('link[rel~=canonical][href]', readBuiltPage(home));
		const href = canonical && readAttribute(canonical, 'href');
		if (href) {
			const url = new URL(href);
			return { origin: url.origin, base: url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/` };
		}
	}
	return { origin: 'http://site.invalid', base: '/' };
}
