import type { SiteConfig } from '../../config/schema.ts';
import { joinBase } from '../urls/join-base.ts';

/** The parts of the site config a web manifest is made from. */
export type ManifestSource = Pick<SiteConfig, 'name' | 'shortName' | 'tagline' | 'locale' | 'basePath' | 'favicon' | 'colours'>;

/**
 * The web app manifest (`manifest.webmanifest`): the co-op's names, colours and icon, so a phone that saves
 * the site to its home screen labels and colours it as the co-op's own. Every address stays under the base path.
 */
export function buildWebManifest(site: ManifestSource): Record<string, unknown> {
	const home = joinBase(site.basePath, '/');
	return {
		name: site.name,
		short_name: site.shortName,
		description: site.tagline,
		lang: site.locale,
		start_url: home,
		scope: home,
		display: 'browser',
		theme_color: site.colours.brand,
		background_color: site.colours.background,
		icons: [{ src: joinBase(site.basePath, site.favicon), sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
	};
}
