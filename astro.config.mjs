// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import siteConfigInput from './site.config.ts';
import { resolveSiteConfig } from './src/config/resolve-site-config.ts';
import { draftPreview } from './src/integrations/draft-preview.ts';

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
	cacheDir: './.build/cache',
	devToolbar: { enabled: false },
});
