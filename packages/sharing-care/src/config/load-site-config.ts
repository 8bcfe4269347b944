import { resolveSiteConfig, type SiteEnv } from './resolve-site-config.ts';
import type { SiteConfig, SiteConfigInput } from './schema.ts';

/**
 * The site config as the build uses it: validated, with the `SITE_URL` / `BASE_PATH` overrides applied, and each
 * feature on only when what it needs is on too (the decisions register needs minutes). Pages, links and the
 * routes the integration adds all read these features, so a feature is either wholly there or wholly absent.
 */
export function loadSiteConfig(input: SiteConfigInput, env: SiteEnv = {}): SiteConfig {
	const site = resolveSiteConfig(input, env);
	return { ...site, features: { ...site.features, decisions: site.features.minutes && site.features.decisions } };
}
