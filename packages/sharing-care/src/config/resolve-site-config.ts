import type { z } from 'astro/zod';
import { SiteConfigSchema, type SiteConfig, type SiteConfigInput } from './schema.ts';
import { formatIssues } from '../lib/entries/format-issues.ts';

/** Environment variables that override the config at build time. */
export interface SiteEnv {
	SITE_URL?: string | undefined;
	BASE_PATH?: string | undefined;
}

/** A checked config: the config with every default filled in, or every problem found, with what was checked. */
export type SiteConfigCheck = { ok: true; config: SiteConfig } | { ok: false; issues: readonly z.core.$ZodIssue[]; input: SiteConfigInput };

/** Makes a base path start and end with exactly one slash: `coop-kit` → `/coop-kit/`. */
export function normaliseBasePath(path: string): string {
	const trimmed = path.trim().replace(/^\/+|\/+$/g, '');
	return trimmed ? `/${trimmed}/` : '/';
}

/** Validates a site's config with `SITE_URL` / `BASE_PATH` overrides applied, returning zod's issues if it is not valid. */
export function checkSiteConfig(input: SiteConfigInput, env: SiteEnv = {}): SiteConfigCheck {
	const merged: SiteConfigInput = { ...input };
	if (env.SITE_URL) merged.url = env.SITE_URL.replace(/\/+$/, '');
	if (env.BASE_PATH) merged.basePath = normaliseBasePath(env.BASE_PATH);
	const result = SiteConfigSchema.safeParse(merged);
	if (!result.success) return { ok: false, issues: result.error.issues, input: merged };
	return { ok: true, config: { ...result.data, url: result.data.url.replace(/\/+$/, '') } };
}

/**
 * Validates a site's config and applies `SITE_URL` / `BASE_PATH` overrides.
 * Throws one readable error listing every problem, naming `site.config.ts` and the field.
 */
export function resolveSiteConfig(input: SiteConfigInput, env: SiteEnv = {}): SiteConfig {
	const result = checkSiteConfig(input, env);
	if (!result.ok) throw new Error(formatIssues('site.config.ts', result.issues, result.input));
	return result.config;
}
