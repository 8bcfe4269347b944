// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { defineConfig } from 'astro/config';
import siteConfigInput from './site.config.ts';
import { resolveSiteConfig } from './src/config/resolve-site-config.ts';
import { basePathLinks } from './src/integrations/base-path-links.ts';
import { draftPreview } from './src/integrations/draft-preview.ts';
import { EDITOR_FOLDER } from './src/editor/editor-files.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { filesForPath } from './scripts/lib/map-site-path.ts';
import { PAGE_DIRECTIVES, SCRIPT_SOURCES, STYLE_SOURCES } from './src/config/content-security-policy.ts';

const site = resolveSiteConfig(siteConfigInput, process.env);

export default defineConfig({
	site: site.url,
	base: site.basePath,
	trailingSlash: 'ignore',
	// Lossless whitespace removal: the default ('jsx') glues words on separate lines together.
	compressHTML: true,
	outDir: process.env.SHARING_CARE_OUT_DIR || './dist',
	// Stylesheets as cacheable files: readers browse many pages, often on slow connections. Pages are built
	// eight at a time: each waits on writing its file, and the others render meanwhile (see BENCHMARKS.md).
	build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
	integrations: [
		draftPreview(),
		mdx(),
		// The security headers file and the search index are made inside `astro build` (src/integrations/).
		// In this order, _headers is written while Pagefind (started as images are optimised) finishes the index.
		securityHeaders(),
		searchIndex({ enabled: site.features.search, locale: site.locale }),
		sitemap({
			// Only pages that were really written (a page can decline to build, as /subscribe/ does with feeds off),
			// never the 404 page. Drafts and scheduled entries are never built, so never listed.
			filter: (page) => {
				if (/\/404\/?$/.test(page)) return false;
				// The web editor is a tool for the board, not a page for readers.
				if (new URL(page).pathname.startsWith(`${site.basePath}${EDITOR_FOLDER}/`)) return false;
				const outDir = resolve(process.env.SHARING_CARE_OUT_DIR || './dist');
				return (filesForPath(new URL(page).pathname, site.basePath) ?? []).some((file) => existsSync(join(outDir, file)));
			},
		}),
	],
	markdown: {
		// Publish the source documents' punctuation exactly as written: no automatic curly quotes or dashes.
		// Links written from the site root in content (`[x](/topics/x/)`) get the base path; .mdx files use this processor too.
		processor: satteri({ features: { smartPunctuation: false }, hastPlugins: [basePathLinks(site.basePath)] }),
		// No syntax colouring: code is rare in this content, and Shiki's inline styles would break the CSP.
		syntaxHighlight: false,
	},
	image: {
		responsiveStyles: true,
	},
	// A Content Security Policy on every page: Astro hashes each script and style it emits, nothing inline
	// runs without a hash, and nothing loads from another host. The same policy, with frame-ancestors,
	// goes out as a real header through the generated _headers file (scripts/lib/write-headers.ts).
	security: {
		csp: {
			algorithm: 'SHA-256',
			directives: [...PAGE_DIRECTIVES],
			// Setting resources replaces Astro's default 'self', so it is listed again.
			scriptDirective: { resources: [...SCRIPT_SOURCES] },
			styleDirective: { resources: [...STYLE_SOURCES] },
		},
	},
	vite: {
		// One stylesheet for the whole site: a reader downloads it once and every page after is styled from the
		// cache (the whole site's CSS is under 4 KB gzipped), rather than several small per-page files. It also
		// spares the build hashing each page's stylesheets for its Content Security Policy.
		build: { cssCodeSplit: false },
	},
	cacheDir: './.build/cache',
	devToolbar: { enabled: false },
});
