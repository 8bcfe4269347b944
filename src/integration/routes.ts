import type { DataCollection } from '../collections/index.ts';
import type { SiteConfig } from '../config/schema.ts';

/** A part of the site that `site.config.ts` can switch off (`features`). */
export type Feature = keyof SiteConfig['features'];

/** A page (or file) that exists only while every feature it needs is on. */
export interface FeatureRoute {
	/** The address, as Astro writes route patterns: `/search`, `/topics/[id]/rss.xml`. */
	pattern: string;
	/** The page or endpoint, from the project root. */
	entrypoint: string;
	/** The features that must all be on for the route to exist. */
	needs: readonly Feature[];
	/** Reference data the route shows, which must have at least one item for the route to exist. */
	needsItems?: DataCollection;
}

/**
 * Every route that belongs to a feature, with the features it needs (and the glossary's page, which exists only while
 * the glossary has terms). These live in `src/routes/`, not
 * `src/pages/`, and the integration adds them only when their features are on: a feature that is off has no
 * page, so nothing links to it and the sitemap cannot list it. Pages every site has stay in `src/pages/`.
 * Minutes have no route of their own: the collection pages (`src/pages/[collection]/`) list only the
 * collections switched on.
 */
export const FEATURE_ROUTES: readonly FeatureRoute[] = [
	{ pattern: '/search', entrypoint: 'src/routes/search.astro', needs: ['search'] },
	{ pattern: '/subscribe', entrypoint: 'src/routes/subscribe.astro', needs: ['feeds'] },
	{ pattern: '/rss.xml', entrypoint: 'src/routes/rss.xml.ts', needs: ['feeds'] },
	{ pattern: '/feed.css', entrypoint: 'src/routes/feed.css.ts', needs: ['feeds'] },
	{ pattern: '/[collection]/rss.xml', entrypoint: 'src/routes/[collection]/rss.xml.ts', needs: ['feeds'] },
	{ pattern: '/topics/[id]/rss.xml', entrypoint: 'src/routes/topics/[id]/rss.xml.ts', needs: ['feeds'] },
	{ pattern: '/series/[id]/rss.xml', entrypoint: 'src/routes/series/[id]/rss.xml.ts', needs: ['feeds'] },
	{ pattern: '/decisions/[...year]', entrypoint: 'src/routes/decisions/[...year].astro', needs: ['decisions'] },
	{ pattern: '/decisions/topics/[topic]', entrypoint: 'src/routes/decisions/topics/[topic].astro', needs: ['decisions'] },
	{ pattern: '/decisions/rss.xml', entrypoint: 'src/routes/decisions/rss.xml.ts', needs: ['decisions', 'feeds'] },
	{ pattern: '/actions', entrypoint: 'src/routes/actions/index.astro', needs: ['decisions'] },
	{ pattern: '/glossary', entrypoint: 'src/routes/glossary.astro', needs: [], needsItems: 'glossary' },
];

/** The routes a site with these features gets, for Astro's `injectRoute`; `filled` names the reference data that has items. */
export function routesFor(features: SiteConfig['features'], filled: ReadonlySet<DataCollection> = new Set()): { pattern: string; entrypoint: string }[] {
	return FEATURE_ROUTES.filter((route) => route.needs.every((feature) => features[feature]) && (!route.needsItems || filled.has(route.needsItems))).map(({ pattern, entrypoint }) => ({
		pattern,
		entrypoint,
	}));
}
