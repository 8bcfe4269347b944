import type { AstroIntegrationLogger, AstroPrerenderer } from 'astro';
import { indexAsBuilt, startIndexing, type Indexing, type PageByPageIndexing } from './index-site.ts';

/** The Pagefind index of one `astro build`. */
export interface SearchIndex {
	/** Wraps Astro's prerenderer so that Pagefind reads each page as it is built, and writes the index once the last is written. */
	indexAsPagesAreBuilt(prerenderer: AstroPrerenderer): AstroPrerenderer;
	/** Starts Pagefind if the pages did not: at the end of the build, with an adapter's own prerenderer. */
	start(): void;
	/** Waits for the index to be written and logs it. Throws if indexing failed, which fails the build. */
	finish(logger: AstroIntegrationLogger): Promise<void>;
}

/** A page's file in the built site for its address under `base`, as Astro writes it (`build.format: 'directory'`). */
export function pageFileOf(pathname: string, base: string): string | undefined {
	if (!pathname.startsWith(base)) return undefined;
	const path = decodeURI(pathname.slice(base.length)).replace(/^\/+/, '');
	if (path.endsWith('.html')) return path;
	return `${path.replace(/\/+$/, '')}${path.replace(/\/+$/, '') ? '/' : ''}index.html`;
}

/**
 * The Pagefind index of the built site in `outDir`, built once, inside `astro build`, so any build of the site
 * (`astro build` on its own included) has working search, as with Starlight. Pagefind runs in a process of its own.
 * It reads each page as Astro builds it (a copy in `copies`, index-site.ts: `indexAsBuilt`), on the other core while
 * Astro renders the rest, and writes the index once the last page is written (Astro's prerenderer `teardown`), while
 * Astro optimises images and the integration works out `_headers`. With an adapter, whose prerenderer this must not
 * replace, it reads the built site when the build is done.
 *
 * Astro and Pagefind hold memory at once: at 10,000 entries about 5.2 GB at the peak, against about 3.1 GB for
 * Astro alone and 2.9 GB for Pagefind alone, however it is given the pages (BENCHMARKS.md).
 */
export function searchIndex(outDir: string, base: string, locale: string, copies: string): SearchIndex {
	let pageByPage: PageByPageIndexing | undefined;
	let started: Promise<Indexing> | undefined;
	/** How many pages Pagefind read as they were built (lists among them, which it leaves out as they have no `data-pagefind-body`). */
	let asBuilt = 0;
	let indexStart = 0;
	const start = () => {
		if (started) return;
		indexStart = performance.now();
		started = pageByPage ? Promise.resolve({ finish: pageByPage.finish }) : startIndexing(outDir, { locale });
		// Awaited in finish(); a failed page build never gets there, and must not crash on this.
		started.catch(() => undefined);
	};
	return {
		indexAsPagesAreBuilt(prerenderer) {
			const { getStaticPaths, render, teardown } = prerenderer;
			/** The site's pages, as files, in the order Astro was asked to build them. */
			let pages: string[] = [];
			prerenderer.getStaticPaths = async () => {
				const paths = await getStaticPaths();
				pages = paths
					.flatMap(({ pathname, route }) => (route.type === 'page' ? [pageFileOf(pathname, pathname.startsWith(base) ? base : '/')] : []))
					.filter((file) => file !== undefined);
				return paths;
			};
			prerenderer.render = async (request, options) => {
				const rendered = await render(request, options);
				const response = rendered instanceof Response ? rendered : rendered.response;
				const file = pageFileOf(new URL(request.url).pathname, base);
				if (options.routeData.type !== 'page' || response.status !== 200 || !response.body || !file) return rendered;
				// The page as Astro will write it: read once here, and handed on unchanged.
				const html = new Uint8Array(await response.arrayBuffer());
				pageByPage ??= indexAsBuilt(outDir, copies, pages, { locale });
				pageByPage.add(file, html);
				const same = new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
				return rendered instanceof Response ? same : { ...rendered, response: same };
			};
			prerenderer.teardown = async () => {
				await teardown?.();
				asBuilt = pageByPage?.givenAsBuilt ?? 0;
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
				logger.info(
					`Indexed ${pages} pages for search in ${seconds.toFixed(1)} s after the last page was written, having read ${asBuilt} pages as they were built`,
				);
			} catch (error) {
				throw new Error(`Search indexing failed: ${(error as Error).message}`, { cause: error });
			}
		},
	};
}
