import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PAGE_DIRECTIVES, SCRIPT_SOURCES, STYLE_SOURCES } from '../config/content-security-policy.ts';
import { loadSiteConfig } from '../config/load-site-config.ts';
import { CONTENT_DIR } from '../config/paths.ts';
import type { SiteConfigInput } from '../config/schema.ts';
import { EDITOR_FOLDER } from '../editor/editor-files.ts';
import { SITE_STRINGS_FILE } from '../i18n/read-site-strings.ts';
import { readSiteWording } from '../validation/validate-strings.ts';
import { basePathLinks } from './base-path-links.ts';
import { startContentCheck } from './content-check.ts';
import { contentChecked, holdContentUntil } from '../data/content-check-gate.ts';
import { glossaryLinks } from './glossary-links.ts';
import { passOnBuildWarnings } from './pass-on-build-warnings.ts';
import { printAddresses } from './print-addresses.ts';
import { DATA_STORE_FILE, readDataStoreAtRuntime } from './read-data-store-at-runtime.ts';
import { GLOSSARY_FILE, readGlossaryTerms } from './read-glossary-terms.ts';
import { readLogoSize } from './read-logo-size.ts';
import { routesFor } from './routes.ts';
import { siteOverrides } from './site-overrides.ts';
import { preloadSearchIndex } from './preload-search-index.ts';
import { searchIndex, type SearchIndex } from './search-index.ts';
import type { HeaderRule } from '../lib/headers/format-headers-file.ts';
import { buildHeaderRules, writeHeaders } from './write-headers.ts';

export interface SharingCareOptions {
	/** The site's `site.config.ts`, as written. */
	config: SiteConfigInput;
}

/**
 * The Sharing Care kit as one Astro integration. A build, from top to bottom:
 *
 * 1. **Config**: `site.config.ts` is validated once, here (with the `SITE_URL` / `BASE_PATH` overrides), and
 *    handed to every page through `src/config/site.ts`, with the site's wording (`content/strings.yaml`, applied by
 *    `src/i18n/index.ts`) and its own stylesheets and components (site-overrides.ts).
 * 2. **Routes**: the pages of the features the site switches on are added (routes.ts), and the glossary's page
 *    when `content/glossary.yaml` has terms. A feature that is off has no page, so no link and no sitemap entry either.
 * 3. **Check**: the content check runs in a process of its own while Astro starts and loads the content
 *    (content-check.ts), and Astro's collections finish loading, and say anything, only once it has passed
 *    (data/content-check-gate.ts). If it finds a problem, the build stops there, with the check's messages naming
 *    each file and field, and nothing is written.
 * 4. **Pages**: Astro loads the content and renders the pages, which read it from the store file Astro wrote
 *    (read-data-store-at-runtime.ts).
 * 5. **Search**: Pagefind indexes the pages of entries, organisations, people and topics, once, starting as the last
 *    page is written, while Astro optimises images (search-index.ts, index-site.ts).
 * 6. **Headers**: `_headers` is worked out from the pages as built while Pagefind finishes, and the sitemap is
 *    written meanwhile too; then, last of all, `_headers` is written with the search bundle's caching rules
 *    (write-headers.ts), by a second, small integration that comes after the sitemap's (`sharing-care:finish`).
 *
 * `npm run build` (`sharing-care build`, src/cli/build.ts) builds into a staging folder and swaps it into `dist/` only when all of
 * this has passed.
 */
export function sharingCare({ config }: SharingCareOptions): AstroIntegration {
	const site = loadSiteConfig(config, process.env);
	let search: SearchIndex | undefined;
	let hasAdapter = false;
	/** The site's own `_headers` rules, worked out while Pagefind indexes, and written once it has finished. */
	let headerRules: { rules: HeaderRule[]; seconds: number } | undefined;
	/**
	 * The end of the build, after every other integration's: Astro runs each integration's `astro:build:done` in turn,
	 * so the sitemap is written while Pagefind is still indexing (its last part, writing the bundle, keeps one core
	 * busy), rather than after it.
	 */
	const finish: AstroIntegration = {
		name: 'sharing-care:finish',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				// 5. Search, finished; the search page then fetches the index's files as it opens.
				await search?.finish(logger);
				if (search) preloadSearchIndex(fileURLToPath(dir), site.basePath, site.locale);
				// 6. Headers, written with the search bundle's.
				if (!headerRules) throw new Error("The site's _headers rules were not worked out before the build finished");
				writeHeaders(fileURLToPath(dir), site.basePath, headerRules.rules);
				logger.info(`Wrote _headers (${headerRules.seconds.toFixed(1)} s for the site's rules)`);
			},
		},
	};
	return {
		name: 'sharing-care',
		hooks: {
			'astro:config:setup': async ({ command, config: astro, updateConfig, injectRoute, addWatchFile, logger }) => {
				const root = fileURLToPath(astro.root);
				// The glossary's terms, for the links from entries to it and its page (read again when the dev server restarts,
				// which it does when the file changes).
				const glossary = readGlossaryTerms(root);
				addWatchFile(new URL(GLOSSARY_FILE, astro.root));
				// The site's own wording of the UI text, read and checked once here and applied by the pages (src/i18n/index.ts);
				// the dev server restarts to read it again when it changes.
				const wording = readSiteWording(root);
				addWatchFile(new URL(SITE_STRINGS_FILE, astro.root));
				// 1. Config: where the site lives, and the validated config for every page. Drafts and scheduled entries
				// show on the dev server only, decided by Astro's command, so no setting can leak one into a build.
				updateConfig({
					site: site.url,
					base: site.basePath,
					trailingSlash: 'ignore',
					// Lossless whitespace removal: the default ('jsx') glues words on separate lines together.
					compressHTML: true,
					// Stylesheets as cacheable files: readers browse many pages, often on slow connections. Pages are built
					// eight at a time: each waits on writing its file, and the others render meanwhile (bench/HISTORY.md).
					build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
					image: { responsiveStyles: true },
					// A Content Security Policy on every page: Astro hashes each script and style it emits, nothing inline
					// runs without a hash, and nothing loads from another host. The same policy, with frame-ancestors,
					// goes out as a real header through the generated _headers file (write-headers.ts).
					security: {
						csp: {
							algorithm: 'SHA-256',
							directives: [...PAGE_DIRECTIVES],
							// Setting resources replaces Astro's default 'self', so it is listed again.
							scriptDirective: { resources: [...SCRIPT_SOURCES] },
							styleDirective: { resources: [...STYLE_SOURCES] },
						},
					},
					devToolbar: { enabled: false },
					integrations: [
						mdx(),
						// Every page that is built for readers: not the 404 page, nor the web editor (a tool for the board).
						// Drafts, scheduled entries and switched-off features have no page.
						sitemap({ filter: (page) => !/\/404\/?$/.test(page) && !new URL(page).pathname.startsWith(`${site.basePath}${EDITOR_FOLDER}/`) }),
						finish,
					],
					markdown: {
						// No syntax colouring: code is rare in this content, and Shiki's inline styles would break the CSP.
						syntaxHighlight: false,
						// Publish the source documents' punctuation exactly as written: no automatic curly quotes or dashes.
						// Links written from the site root in content (`[x](/topics/x/)`) get the base path; .mdx files use this processor too.
						// The first use of each glossary term in an entry links to its definition. Then each link gets its full
						// address for paper, once, as the entry is rendered, rather than the page's HTML being read again for it.
						processor: satteri({
							features: { smartPunctuation: false },
							hastPlugins: [basePathLinks(site.basePath), glossaryLinks(glossary, site.basePath), printAddresses(join(root, CONTENT_DIR), site)],
						}),
					},
					vite: {
						// One stylesheet for the whole site: a reader downloads it once and every page after is styled from the
						// cache (the whole site's CSS is under 4 KB gzipped), rather than several small per-page files. It also
						// spares the build hashing each page's stylesheets for its Content Security Policy.
						// Astro's own directive warning, once per MDX entry, left out of the build's output (pass-on-build-warnings.ts).
						build: { cssCodeSplit: false, rolldownOptions: { onwarn: passOnBuildWarnings } },
						define: {
							__SHARING_CARE_SITE__: JSON.stringify(site),
							__SHARING_CARE_ROOT__: JSON.stringify(root),
							__SHARING_CARE_STRINGS__: JSON.stringify(wording),
							__SHOW_UNPUBLISHED__: JSON.stringify(command === 'dev'),
							__SHARING_CARE_HAS_GLOSSARY__: JSON.stringify(glossary.length > 0),
							__SHARING_CARE_LOGO_SIZE__: JSON.stringify(await readLogoSize(root, site.logo?.src)),
						},
						// The pages read the content from the store Astro wrote when it synced, rather than from a copy compiled
						// into the page renderer: on a large site that copy took longer to compile than every page to render.
						// The site's own stylesheets and components, where site.config.ts names them, in place of the kit's (site-overrides.ts).
						plugins: [
							readDataStoreAtRuntime(fileURLToPath(new URL(DATA_STORE_FILE, astro.cacheDir)), {
								singleFile: (astro.experimental.collectionStorage ?? 'single-file') === 'single-file',
							}),
							siteOverrides(root, site),
						],
					},
				});

				// 2. Routes.
				for (const route of routesFor(site.features, new Set(glossary.length ? (['glossary'] as const) : []))) injectRoute(route);

				// 3. Check, for builds only (the dev server shows the content as it is being written), while Astro starts and
				// loads the content: its collections wait for it before they finish or report anything, so its messages are
				// the ones the board reads.
				if (command === 'build') {
					const start = performance.now();
					const check = startContentCheck(root);
					holdContentUntil(
						check.passed().then((passed) => {
							if (!passed) {
								console.error('\nThe content check found the problems listed above, so nothing was built. Fix them, then build again.');
								process.exit(1);
							}
							logger.info(`Checked all content and the site config in ${((performance.now() - start) / 1000).toFixed(1)} s, while Astro started and loaded it`);
						}),
					);
				}
			},

			'astro:config:done': ({ config: astro }) => {
				hasAdapter = Boolean(astro.adapter);
				if (site.features.search) search = searchIndex(fileURLToPath(astro.outDir), site.locale);
			},

			'astro:build:start': async ({ setPrerenderer }) => {
				// 3. Check, passed before any page is built, even when Astro had no content to load.
				await contentChecked();
				// 5. Search, started from Astro's prerenderer. An adapter may bring its own, which this must not replace.
				const index = search;
				if (index && !hasAdapter) setPrerenderer((prerenderer) => index.startAsLastPageIsWritten(prerenderer));
			},

			'astro:build:done': ({ dir }) => {
				// 5. Search, started now if the last page did not start it (with an adapter).
				search?.start();
				// 6. Headers: the site's worked out while Pagefind indexes; written at the very end (`finish`, above).
				const start = performance.now();
				headerRules = { rules: buildHeaderRules(fileURLToPath(dir), site.basePath), seconds: (performance.now() - start) / 1000 };
			},
		},
	};
}
