import type { SiteConfig } from './schema.ts';

/** The config the sharingCare integration validated (src/integration/index.ts), passed to pages by Vite. */
declare const __SHARING_CARE_SITE__: SiteConfig | undefined;

/**
 * Outside a build (the content check and the upgrade run in plain Node) there is no validated config: modules that
 * read it as they load, such as the strings table's number formatting, still load, and reading a field says why
 * it is not there rather than failing on `undefined`.
 */
const absent = new Proxy({} as SiteConfig, {
	get(_, field) {
		throw new Error(`The site config (${String(field)}) is only given to pages by the sharingCare integration, inside an Astro build or the dev server.`);
	},
});

/**
 * The validated site configuration, with build-time overrides applied. Import this, never site.config.ts:
 * it is the config the integration validated once for the whole build (the kit's unit tests give it the
 * fixture site's config through their Vite config).
 */
export const site: SiteConfig = typeof __SHARING_CARE_SITE__ === 'undefined' ? absent : __SHARING_CARE_SITE__;
