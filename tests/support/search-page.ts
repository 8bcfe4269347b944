import type { Page } from 'playwright-core';
import { POLL_MS } from './browser.ts';

/** Waits until the search page's search that is running (or just started) has shown its results. */
export async function waitForResults(page: Page): Promise<void> {
	await page.waitForFunction(() => document.querySelector('[data-results]')?.getAttribute('aria-busy') === 'false', undefined, { polling: POLL_MS });
}
