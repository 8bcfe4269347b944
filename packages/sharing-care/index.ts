/// <reference path="./src/env.d.ts" />
/**
 * Sharing Care: the kit as an Astro integration. A co-op's `astro.config.mjs`:
 *
 *   import { sharingCare } from 'sharing-care';
 *   import siteConfig from './site.config.ts';
 *   export default defineConfig({ integrations: [sharingCare({ config: siteConfig })] });
 */
export { sharingCare, type SharingCareOptions } from './src/integration/index.ts';
export { defineSiteConfig, type SiteConfig, type SiteConfigInput } from './src/config/schema.ts';
