// @ts-check
import { defineConfig } from 'astro/config';
import { sharingCare } from 'sharing-care';
import siteConfig from './site.config.ts';

// The kit does the rest: its pages, MDX, the sitemap, the content check, the search index, the _headers file
// and the settings every Sharing Care site shares (the integration in packages/sharing-care/src/integration/).
export default defineConfig({
	integrations: [sharingCare({ config: siteConfig })],
	// The build's cache inside the project's own build folder (the tests and benchmarks copy the project).
	cacheDir: './.build/cache',
});
