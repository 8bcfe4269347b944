import type { SiteConfig } from '../../config/schema.ts';
import { joinBase } from './join-base.ts';

/**
 * The full address of a path on a site: `resolveSiteUrl({ url: 'https://care.example.org', basePath: '/coop-kit/' }, 'topics/')`
 * → `https://care.example.org/coop-kit/topics/`. The base path is added unless the path starts with it already
 * (as Astro's image addresses do); full addresses pass through.
 */
export function resolveSiteUrl(site: Pick<SiteConfig, 'url' | 'basePath'>, path: string): string {
	return new URL(joinBase(site.basePath, path), site.url).href;
}
