import siteConfigInput from '../../site.config';
import { resolveSiteConfig } from './resolve-site-config.ts';

/** The validated site configuration, with build-time overrides applied. Import this, never site.config.ts. */
export const site = resolveSiteConfig(siteConfigInput, process.env);
