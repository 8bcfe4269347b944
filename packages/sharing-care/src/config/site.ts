import type { SiteConfig } from './schema.ts';

/** The config the sharingCare integration validated (src/integration/index.ts), passed to pages by Vite. */
declare const __SHARING_CARE_SITE__: SiteConfig;

/**
 * The validated site configuration, with build-time overrides applied. Import this, never site.config.ts:
 * it is the config the integration validated once for the whole build (the kit's unit tests give it the
 * fixture site's config through their Vite config).
 */
export const site: SiteConfig = __SHARING_CARE_SITE__;
