/**
 * Pagefind's peak memory for each byte of page HTML it indexes, measured by `npm run bench` on this site's
 * pages: about 24 at 1,000 entries (437 MB for 18 MB of entry pages) and 18 at 10,000. The higher is used.
 */
export const PAGEFIND_BYTES_PER_HTML_BYTE = 24;

/** The memory a build may use at once unless SHARING_CARE_BUILD_MEMORY_MB says otherwise: 4 GB, as on a small CI runner. */
export const DEFAULT_BUILD_MEMORY_BYTES = 4 * 1024 ** 3;

export interface MemoryEstimate {
	/** What the Astro build holds now (its resident memory), in bytes. */
	astroBytes: number;
	/** The size of the pages Pagefind would index, in bytes. */
	pageBytes: number;
	/** The most the whole build may use at once, in bytes. */
	budgetBytes: number;
}

/**
 * Whether the search index can be built while Astro is still running (it then finishes sooner), without the
 * two together going over the build's memory budget. When it cannot, indexing waits until Astro has exited.
 */
export function fitsMemoryBudget({ astroBytes, pageBytes, budgetBytes }: MemoryEstimate): boolean {
	return astroBytes + PAGEFIND_BYTES_PER_HTML_BYTE * pageBytes <= budgetBytes;
}

/** The build's memory budget in bytes: SHARING_CARE_BUILD_MEMORY_MB if it is a positive number, otherwise 4 GB. */
export function readBuildMemoryBudget(env: Record<string, string | undefined>): number {
	const megabytes = Number(env.SHARING_CARE_BUILD_MEMORY_MB);
	return Number.isFinite(megabytes) && megabytes > 0 ? megabytes * 1024 ** 2 : DEFAULT_BUILD_MEMORY_BYTES;
}
