// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import siteConfigInput from './site.config.ts';
import { resolveSiteConfig } from './src/config/resolve-site-config.ts';
import { draftPreview } from './src/integrations/draft-preview.ts';
import { PAGE_DIRECTIVES, SCRIPT_SOURCES, STYLE_SOURCES } from './src/config/content-security-policy.ts';

const site = resolveSiteConfig(siteConfigInput, process.env);

export default defineConfig({
	site: site.url,
	base: site.basePath,
	trailingSlash: 'ignore',
	// Lossless whitespace removal: the default ('jsx') glues words on separate lines together.
	compressHTML: true,
	outDir: process.env.SHARING_CARE_OUT_DIR || './dist',
	build: { format: 'directory' },
	integrations: [
		draftPreview(),
		mdx(),
		sitemap({
			filter: (page) => !/\/404\/?$/.test(page),
		}),
	],
	markdown: {
		// Publish the source documents' punctuation exactly as written: no automatic curly quotes or dashes.
		processor: satteri({ features: { smartPunctuation: false } }),
	},
	image: {
		responsiveStyles: true,
	},
	// A Content Security Policy on every page: Astro hashes each script and style it emits, nothing inline
	// runs without a hash, and nothing loads from another host. The same policy, with frame-ancestors,
	// goes out as a real header through the generated _headers file (scripts/write-headers.ts).
	security: {
		csp: {
			algorithm: 'SHA-256',
			directives: [...PAGE_DIRECTIVES],
			// Setting resources replaces Astro's default 'self', so it is listed again.
			scriptDirective: { resources: [...SCRIPT_SOURCES] },
			styleDirective: { resources: [...STYLE_SOURCES] },
		},
	},
	cacheDir: './.build/cache',
	devToolbar: { enabled: false },
});
