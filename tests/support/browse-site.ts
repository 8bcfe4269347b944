import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import { serveDist, type ServedSite } from '../../packages/sharing-care/src/cli/serve-dist.ts';

/** A browser and a built site served to it, for the tests of one file or `describe` block. */
export interface BrowsedSite {
	browser: Browser;
	site: ServedSite;
}

/**
 * Starts a browser and serves the built site in `dist` (as `serveDist` does, under `base` with `headers`) before
 * the tests of the calling file or `describe` block, and closes both after them. The fields are set once the
 * tests start; hooks the caller adds after this call run after both are ready.
 */
export function browseSite(dist: string, ...serving: [base?: string, headers?: Parameters<typeof serveDist>[2]]): BrowsedSite {
	const browsed = {} as BrowsedSite;
	beforeAll(async () => {
		[browsed.browser, browsed.site] = await Promise.all([launchBrowser(), serveDist(dist, ...serving)]);
	});
	afterAll(async () => {
		await browsed.browser?.close();
		await browsed.site?.close();
	});
	return browsed;
}
