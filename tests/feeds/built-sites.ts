import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { resolveSiteConfig } from '../../packages/sharing-care/src/config/resolve-site-config.ts';
import type { SiteConfig } from '../../packages/sharing-care/src/config/schema.ts';
import { filesForPath } from '../../packages/sharing-care/src/cli/map-site-path.ts';
import { fixtureConfig } from '../support/fixture-site.ts';
import { parsePage } from '../support/parse-page.ts';
import { BASED } from '../support/test-builds.ts';

export interface BuiltSite {
	label: string;
	dist: string;
	config: SiteConfig;
	/** The site's home address, base path included, ending in `/`. */
	home: string;
}

/** The two builds of the fixture site: at the root of its domain, and under a base path on another domain (with generated posts added). */
export function builtSites(): BuiltSite[] {
	return [
		{ label: 'root', name: 'siteDist' as const, env: {} },
		{ label: 'base-path', name: 'basedSiteDist' as const, env: BASED },
	].map(({ label, name, env }) => {
		const config = resolveSiteConfig(fixtureConfig, env);
		return { label, dist: inject(name), config, home: new URL(config.basePath, config.url).href };
	});
}

/** The built file an address of the site resolves to, or undefined when the address is outside the site or nothing is built there. */
export function builtFileFor(site: Pick<BuiltSite, 'dist' | 'config'>, url: string): string | undefined {
	if (!url.startsWith(`${site.config.url}/`)) return undefined;
	const candidates = filesForPath(new URL(url).pathname, site.config.basePath) ?? [];
	return candidates.find((file) => existsSync(join(site.dist, file)) && statSync(join(site.dist, file)).isFile());
}

/** True when the address resolves to a built file and, for `#anchor` addresses, that page has an element with that id. */
export function resolvesInSite(site: Pick<BuiltSite, 'dist' | 'config'>, url: string): boolean {
	const file = builtFileFor(site, url);
	if (!file) return false;
	const anchor = new URL(url).hash.slice(1);
	if (!anchor) return true;
	const page = parsePage(readFileSync(join(site.dist, file), 'utf8'));
	const id = decodeURIComponent(anchor);
	return page.selectAll('[id]').some((element) => page.attr(element, 'id') === id);
}
