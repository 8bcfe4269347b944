import type { DataCollection } from '../collections/index.ts';
import type { SiteConfig } from '../config/schema.ts';

/** A part of the site that `site.config.ts` can switch off (`features`). */
export type Feature = keyof SiteConfig['features'];

/** A page (or file) of the kit, added to a site by the integration. */
export interface KitRoute {
	/** The address, as Astro writes route patterns: `/search`, `/topics/[id]/rss.xml`. */
	pattern: string;
	/** The page or endpoint, inside the kit's `src/routes/`. */
	file: string;
	/** The features that must all be on for the route to exist (none for the pages every site has). */
	needs: readonly Feature[];
	/** Reference data the route shows, which must have at least one item for the route to exist. */
	needsItems?: DataCollection;
}

/** How a site's build reaches a route's file: through the package's `./routes/*` export, as any site imports the kit. */
export const ROUTE_SPECIFIER = 'sharing-care/routes/';

/**
 * Every page of the kit, with the features it needs. A site has no pages of its own to keep: the integration adds
 * these, and adds a feature's pages only when the feature is on, so a feature that is off has no page, nothing
 * links to it and the sitemap cannot list it. The glossary's page exists only while the glossary has terms.
 * Minutes have no route of their own: the collection pages list only the collections switched on.
 */
export const ROUTES: readonly KitRoute[] = [
	{ pattern: '/', file: 'index.astro', needs: [] },
	{ pattern: '/404', file: '404.astro', needs: [] },
	{ pattern: '/accessibility', file: 'accessibility.astro', needs: [] },
	{ pattern: '/[collection]', file: '[collection]/index.astro', needs: [] },
	{ pattern: '/[collection]/[...id]', file: '[collection]/[...id].astro', needs: [] },
	{ pattern: '/[collection]/[...id]/[file]', file: '[collection]/[...id]/[file].ts', needs: [] },
	{ pattern: '/topics', file: 'topics/index.astro', needs: [] },
	{ pattern: '/topics/[id]', file: 'topics/[id].astro', needs: [] },
	{ pattern: '/people', file: 'people/index.astro', needs: [] },
	{ pattern: '/people/[id]', file: 'people/[id].astro', needs: [] },
	{ pattern: '/organisations', file: 'organisations/index.astro', needs: [] },
	{ pattern: '/organisations/[id]', file: 'organisations/[id].astro', needs: [] },
	{ pattern: '/series/[id]', file: 'series/[id].astro', needs: [] },
	{ pattern: '/admin', file: 'admin/index.astro', needs: [] },
	{ pattern: '/admin/config.yml', file: 'admin/config.yml.ts', needs: [] },
	{ pattern: '/admin/preview-styles.js', file: 'admin/preview-styles.js.ts', needs: [] },
	{ pattern: '/admin/preview-templates.js', file: 'admin/preview-templates.js.ts', needs: [] },
	{ pattern: '/admin/preview.css', file: 'admin/preview.css.ts', needs: [] },
	{ pattern: '/admin/[...file]', file: 'admin/[...file].ts', needs: [] },
	{ pattern: '/icon.svg', file: 'icon.svg.ts', needs: [] },
	{ pattern: '/manifest.webmanifest', file: 'manifest.webmanifest.ts', needs: [] },
	{ pattern: '/robots.txt', file: 'robots.txt.ts', needs: [] },
	{ pattern: '/share-image.png', file: 'share-image.png.ts', needs: [] },
	{ pattern: '/theme.css', file: 'theme.css.ts', needs: [] },
	{ pattern: '/search', file: 'search.astro', needs: ['search'] },
	{ pattern: '/subscribe', file: 'subscribe.astro', needs: ['feeds'] },
	{ pattern: '/rss.xml', file: 'rss.xml.ts', needs: ['feeds'] },
	{ pattern: '/feed.css', file: 'feed.css.ts', needs: ['feeds'] },
	{ pattern: '/[collection]/rss.xml', file: '[collection]/rss.xml.ts', needs: ['feeds'] },
	{ pattern: '/topics/[id]/rss.xml', file: 'topics/[id]/rss.xml.ts', needs: ['feeds'] },
	{ pattern: '/series/[id]/rss.xml', file: 'series/[id]/rss.xml.ts', needs: ['feeds'] },
	{ pattern: '/decisions/[...year]', file: 'decisions/[...year].astro', needs: ['decisions'] },
	{ pattern: '/decisions/topics/[topic]', file: 'decisions/topics/[topic].astro', needs: ['decisions'] },
	{ pattern: '/decisions/rss.xml', file: 'decisions/rss.xml.ts', needs: ['decisions', 'feeds'] },
	{ pattern: '/actions', file: 'actions/index.astro', needs: ['decisions'] },
	{ pattern: '/glossary', file: 'glossary.astro', needs: [], needsItems: 'glossary' },
];

/** The routes a site with these features gets, for Astro's `injectRoute`; `filled` names the reference data that has items. */
export function routesFor(features: SiteConfig['features'], filled: ReadonlySet<DataCollection> = new Set()): { pattern: string; entrypoint: string }[] {
	return ROUTES.filter((route) => route.needs.every((feature) => features[feature]) && (!route.needsItems || filled.has(route.needsItems))).map(
		({ pattern, file }) => ({
			pattern,
			entrypoint: `${ROUTE_SPECIFIER}${file}`,
		}),
	);
}
