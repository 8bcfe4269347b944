import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { fitsMemoryBudget, readBuildMemoryBudget } from '../lib/fits-memory-budget.ts';
import { indexSite, measureIndexedHtml } from './index-site.ts';

export interface SearchIndexOptions {
	/** The site config's `features.search`: with search off, no index is built. */
	enabled: boolean;
	/** The site's language tag (`en-GB`); Pagefind stems words by its primary language. */
	locale: string;
}

/**
 * Set by `npm run build` (scripts/build.ts): an index that could not start early is left to the build script,
 * which builds it once Astro has exited and its memory is free again.
 */
export const INDEX_AFTER_ASTRO_ENV = 'SHARING_CARE_INDEX_AFTER_ASTRO';

/**
 * Builds the Pagefind search index as part of `astro build`, so any build of the site has working search.
 *
 * When the memory allows, indexing starts the moment the last page is written (Astro's prerenderer `teardown`,
 * called after all pages are prerendered) and runs while Astro optimises images, so the pair finishes sooner.
 * Pagefind runs in a process of its own, so the two use memory at once: if Astro's memory and Pagefind's
 * expected memory would pass the build's budget (src/lib/fits-memory-budget.ts), indexing waits, for `npm run build`
 * until Astro has exited. The build fails if indexing fails.
 */
export function searchIndex({ enabled, locale }: SearchIndexOptions): AstroIntegration {
	let outDir = '';
	let hasAdapter = false;
	let early: Promise<{ pages: number; seconds: number }> | undefined;
	const run = async () => {
		const start = performance.now();
		const pages = await indexSite(outDir, { locale });
		return { pages, seconds: (performance.now() - start) / 1000 };
	};
	return {
		name: 'sharing-care:search-index',
		hooks: {
			'astro:config:done': ({ config }) => {
				outDir = fileURLToPath(config.outDir);
				hasAdapter = Boolean(config.adapter);
			},
			'astro:build:start': ({ setPrerenderer }) => {
				// Astro keeps one prerenderer: an adapter may bring its own, which this must not replace.
				if (!enabled || hasAdapter) return;
				setPrerenderer((prerenderer) => {
					const teardown = prerenderer.teardown;
					prerenderer.teardown = async () => {
						await teardown?.();
						const estimate = { astroBytes: process.memoryUsage().rss, pageBytes: measureIndexedHtml(outDir), budgetBytes: readBuildMemoryBudget(process.env) };
						if (!fitsMemoryBudget(estimate)) return;
						early = run();
						// Awaited in astro:build:done; a failed page build never gets there, and must not crash on this.
						early.catch(() => undefined);
					};
					return prerenderer;
				});
			},
			'astro:build:done': async ({ logger }) => {
				if (!enabled) return;
				if (!early && process.env[INDEX_AFTER_ASTRO_ENV] === '1') {
					logger.info('The search index is built next, once Astro has exited, to stay within the memory budget');
					return;
				}
				try {
					const { pages, seconds } = await (early ?? run());
					logger.info(`Indexed ${pages} pages for search in ${seconds.toFixed(1)} s${early ? ', started as the last page was written' : ''}`);
				} catch (error) {
					throw new Error(`Search indexing failed: ${(error as Error).message}`, { cause: error });
				}
			},
		},
	};
}
