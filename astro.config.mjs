// @ts-check
import { defineConfig } from 'astro/config';
import siteConfig from './site.config.ts';
import { sharingCare } from './src/integration/index.ts';
import { PAGE_DIRECTIVES, SCRIPT_SOURCES, STYLE_SOURCES } from './src/config/content-security-policy.ts';

export default defineConfig({
	// The kit: the site config, the pages of the switched-on features, MDX, the sitemap, the content check,
	// the search index and the _headers file. Read src/integration/index.ts for the whole build.
	integrations: [sharingCare({ config: siteConfig })],
	trailingSlash: 'ignore',
	// Lossless whitespace removal: the default ('jsx') glues words on separate lines together.
	compressHTML: true,
	outDir: process.env.SHARING_CARE_OUT_DIR || './dist',
	// Stylesheets as cacheable files: readers browse many pages, often on slow connections. Pages are built
	// eight at a time: each waits on writing its file, and the others render meanwhile (see BENCHMARKS.md).
	build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
	markdown: {
		// No syntax colouring: code is rare in this content, and Shiki's inline styles would break the CSP.
		syntaxHighlight: false,
	},
	image: {
		responsiveStyles: true,
	},
	// A Content Security Policy on every page: Astro hashes each script and style it emits, nothing inline
	// runs without a hash, and nothing loads from another host. The same policy, with frame-ancestors,
	// goes out as a real header through the generated _headers file (src/integration/write-headers.ts).
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
