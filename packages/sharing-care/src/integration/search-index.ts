import type { AstroIntegrationLogger, AstroPrerenderer } from 'astro';
import { fitsMemoryBudget, readBuildMemoryBudget } from '../lib/search/fits-memory-budget.ts';
import { indexSite, measureIndexedHtml } from './index-site.ts';

/** What the build logs when the index waits for Astro to exit. `sharing-care build` (src/cli/build.ts) then builds it. */
const INDEX_AFTER_ASTRO_MESSAGE = 'The search index is built next, once Astro has exited, to stay within the memory budget';

/** The Pagefind index of one `astro build`. */
export interface SearchIndexBuild {
	/** Wraps Astro's prerenderer so that indexing starts as the last page is written, when memory allows. */
	startAsLastPageIsWritten(prerenderer: AstroPrerenderer): AstroPrerenderer;
	/** At the end of the build: waits for the index, or builds it now, or leaves it for after Astro. Throws if indexing fails. */
	finish(logger: AstroIntegrationLogger): Promise<void>;
}

/**
 * Builds the Pagefind search index of the built site in `outDir` as part of `astro build`, so any build of the site
 * has working search.
 *
 * Indexing starts the moment the last page is written (Astro's prerenderer `teardown`, called after all pages
 * are prerendered) and runs while Astro optimises images, so the pair finishes sooner. Pagefind runs in a process
 * of its own, so the two use memory at once: if Astro's memory and Pagefind's expected memory would pass the
 * build's budget (src/lib/search/fits-memory-budget.ts, `SHARING_CARE_BUILD_MEMORY_MB`), the index is left until Astro
 * has exited, which `npm run build` does next (a plain `astro build` then says so and leaves the site without one).
 * With an adapter, whose prerenderer this must not replace, the index is built at the end of the build.
 */
export function buildSearchIndex({ outDir, locale }: { outDir: string; locale: string }): SearchIndexBuild {
	let plan: { started: Promise<{ pages: number; seconds: number }> } | 'after-astro' | undefined;
	const run = async () => {
		const start = performance.now();
		const pages = await indexSite(outDir, { locale });
		return { pages, seconds: (performance.now() - start) / 1000 };
	};
	return {
		startAsLastPageIsWritten(prerenderer) {
			const teardown = prerenderer.teardown;
			prerenderer.teardown = async () => {
				await teardown?.();
				const estimate = { astroBytes: process.memoryUsage().rss, pageBytes: measureIndexedHtml(outDir), budgetBytes: readBuildMemoryBudget(process.env) };
				if (!fitsMemoryBudget(estimate)) {
					plan = 'after-astro';
					return;
				}
				const started = run();
				// Awaited in finish(); a failed page build never gets there, and must not crash on this.
				started.catch(() => undefined);
				plan = { started };
			};
			return prerenderer;
		},
		async finish(logger) {
			if (plan === 'after-astro') {
				logger.warn(`${INDEX_AFTER_ASTRO_MESSAGE} (npm run build does this; a plain astro build leaves the site without search)`);
				return;
			}
			try {
				const { pages, seconds } = await (plan?.started ?? run());
				logger.info(`Indexed ${pages} pages for search in ${seconds.toFixed(1)} s${plan ? ', started as the last page was written' : ''}`);
			} catch (error) {
				throw new Error(`Search indexing failed: ${(error as Error).message}`, { cause: error });
			}
		},
	};
}
