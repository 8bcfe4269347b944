import siteConfigInput from '../../site.config';
import { loadSiteConfig } from './load-site-config.ts';
import type { SiteConfig } from './schema.ts';

/** The config the sharingCare integration validated (src/integration/index.ts), passed to pages by Vite. */
declare const __SHARING_CARE_SITE__: SiteConfig | undefined;

/**
 * The validated site configuration, with build-time overrides applied. Import this, never site.config.ts.
 * Inside Astro it is the config the integration validated once for the whole build; outside it (unit tests)
 * the same config is validated here.
 */
export const site: SiteConfig = typeof __SHARING_CARE_SITE__ === 'undefined' ? loadSiteConfig(siteConfigInput, process.env) : __SHARING_CARE_SITE__;
