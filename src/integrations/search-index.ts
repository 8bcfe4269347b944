import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { indexSite } from './index-site.ts';

export interface SearchIndexOptions {
	/** The site config's `features.search`: with search off, no index is built. */
	enabled: boolean;
	/** The site's language tag (`en-GB`); Pagefind stems words by its primary language. */
	locale: string;
}

/**
 * Builds the Pagefind search index as part of `astro build`, so any build of the site (`npm run build`,
 * or `astro build` on its own before `astro preview`) has working search.
 *
 * Indexing starts the moment the last page is written, through Astro's prerenderer `teardown` (called
 * after all pages are prerendered), and runs while Astro optimises images. The two use the machine
 * differently (Pagefind's own process, and sharp's threads), so the pair finishes sooner than one after
 * the other. The build waits for the index before it ends, and fails if indexing fails.
 */
export function searchIndex({ enabled, locale }: SearchIndexOptions): AstroIntegration {
	let outDir = '';
	let indexing: Promise<{ pages: number; seconds: number }> | undefined;
	return {
		name: 'sharing-care:search-index',
		hooks: {
			'astro:config:done': ({ config }) => {
				outDir = fileURLToPath(config.outDir);
			},
			'astro:build:start': ({ setPrerenderer }) => {
				if (!enabled) return;
				setPrerenderer((prerenderer) => {
					const teardown = prerenderer.teardown;
					prerenderer.teardown = async () => {
						await teardown?.();
						const start = performance.now();
						indexing = indexSite(outDir, { locale }).then((pages) => ({ pages, seconds: (performance.now() - start) / 1000 }));
						// Awaited in astro:build:done; a failed page build never gets there, and must not crash on this.
						indexing.catch(() => undefined);
					};
					return prerenderer;
				});
			},
			'astro:build:done': async ({ logger }) => {
				if (!indexing) return;
				try {
					const { pages, seconds } = await indexing;
					logger.info(`Indexed ${pages} pages for search in ${seconds.toFixed(1)} s, alongside image optimisation`);
				} catch (error) {
					throw new Error(`Search indexing failed: ${(error as Error).message}`, { cause: error });
				}
			},
		},
	};
}
