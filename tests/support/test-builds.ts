/**
 * What the shared test builds are made with (tests/support/global-setup.ts builds them once per run; tests
 * read them with `inject()`):
 *
 * - `siteDist`: the fixture site at the root of its domain, built with `astro build` alone.
 * - `basedSiteDist`: the fixture site under a base path on another domain (BASED), with what the web editor tests
 *   save (tests/support/editor-saves.ts) and BULK_POSTS generated posts added, built with `npm run build`.
 * - `variantSiteDist`: the fixture site as another co-op makes it its own (tests/support/variant-site.ts), built
 *   with `npm run build`.
 * - `exampleSiteDist`: the project itself, example content and all, for the fidelity test: its own `dist/`, as
 *   `npm run build` left it, when that is newer than every file it is made from (tests/support/current-build.ts);
 *   otherwise a copy built with `astro build` alone.
 */

/** The base path and address of the base-path build. */
export const BASED = { BASE_PATH: '/coop-kit/', SITE_URL: 'https://coops.example.org' } as const;
