import type { AstroIntegrationLogger, AstroPrerenderer } from 'astro';
import { startIndexing, type Indexing } from './index-site.ts';

/** The Pagefind index of one `astro build`. */
export interface SearchIndex {
	/** Wraps Astro's prerenderer so that Pagefind starts the moment the last page is written. */
	startAsLastPageIsWritten(prerenderer: AstroPrerenderer): AstroPrerenderer;
	/** Starts Pagefind if the last page did not: at the end of the build, with an adapter's own prerenderer. */
	start(): void;
	/** Waits for the index to be written and logs it. Throws if indexing failed, which fails the build. */
	finish(logger: AstroIntegrationLogger): Promise<void>;
}

/**
 * The Pagefind index of the built site in `outDir`, built once, inside `astro build`, so any build of the site
 * (`astro build` on its own included) has working search, as with Starlight. Pagefind runs in a process of its own
 * and starts the moment the last page is written (Astro's prerenderer `teardown`, after every page is on disk), so
 * it reads the pages while Astro optimises images and the integration works out `_headers`, rather than after them.
 * With an adapter, whose prerenderer this must not replace, it starts when the build is done.
 *
 * Astro and Pagefind hold memory at once: at 10,000 entries about 5.2 GB at the peak, against about 3.1 GB for
 * Astro alone and 2.9 GB for Pagefind alone, however it is given the pages (BENCHMARKS.md).
 */
export function searchIndex(outDir: string, locale: string): SearchIndex {
	let started: Promise<Indexing> | undefined;
	let early = false;
	let indexStart = 0;
	const start = () => {
		if (started) return;
		indexStart = performance.now();
		started = startIndexing(outDir, { locale });
		// Awaited in finish(); a failed page build never gets there, and must not crash on this.
		started.catch(() => undefined);
	};
	return {
		startAsLastPageIsWritten(prerenderer) {
			const teardown = prerenderer.teardown;
			prerenderer.teardown = async () => {
				await teardown?.();
				early = true;
				start();
			};
			return prerenderer;
		},
		start,
		async finish(logger) {
			start();
			try {
				const pages = await (await started!).finish();
				const seconds = (performance.now() - indexStart) / 1000;
				logger.info(`Indexed ${pages} pages for search in ${seconds.toFixed(1)} s${early ? ', started as the last page was written' : ''}`);
			} catch (error) {
				throw new Error(`Search indexing failed: ${(error as Error).message}`, { cause: error });
			}
		},
	};
}
