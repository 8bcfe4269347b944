import { joinBase } from '../urls/join-base.ts';

/** The parts of the site config a web manifest is made from (the site's `SiteConfig` has them all). */
export interface ManifestSource {
	/** The co-op's full name. */
	name: string;
	/** The name under the icon on a phone's home screen. */
	shortName: string;
	/** One sentence on the site, as its description. */
	tagline: string;
	/** The language tag of the site's text: `en-GB`. */
	locale: string;
	/** The folder the site lives in: `/` or `/coop-kit/`. */
	basePath: string;
	/** The site's SVG icon, by its path from the site's root (the base path is added): `/icon.svg`. */
	favicon: string;
	/** The brand colour (the browser's theme) and the page background. */
	colours: { brand: string; background: string };
}

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
