import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

/** The events tests listen to on a page; a page going back to its pool stops telling anyone about them. */
const PAGE_EVENTS = ['console', 'pageerror', 'request', 'requestfailed', 'requestfinished', 'response', 'worker'] as const;

/** The window Chromium gives a context with no viewport of its own. */
const DEFAULT_VIEWPORT = { width: 1280, height: 720 };

/** Open pages that the tests of a file take turns with. */
export interface PagePool {
	/**
	 * Runs `use` with an open page: an idle one from the pool, or a new one when every page is in use (tests running
	 * at once each get their own). Afterwards the page drops the listeners and routes `use` added, leaves what it
	 * showed for a blank page and gets its window and media back, then waits for the next test.
	 */
	use<T>(use: (page: Page) => Promise<T>): Promise<T>;
}

/**
 * Leaves what the page shows for a blank page, as a link on it would: the blank page stays in the page's renderer
 * process, so the next visit to the same site can use it too. Going to about:blank from outside (`page.goto`) puts it
 * in a new process, and the next visit in another: 0.27 to 0.33 CPU-seconds a visit on a 2-core machine, against 0.15
 * this way (.build-only measurement, 40 visits to 8 pages of the fixture site). Falls back to `page.goto` if the page
 * cannot run the link (it crashed, or shows no document).
 */
async function leaveForBlank(page: Page): Promise<void> {
	if (page.url() === 'about:blank') return;
	const left = page.waitForURL('about:blank', { timeout: 5_000 }).then(
		() => true,
		() => false,
	);
	// The blank page may replace the document before it answers.
	await page
		.evaluate(() => {
			window.location.href = 'about:blank';
		})
		.catch(() => undefined);
	if (!(await left)) await page.goto('about:blank');
}

/**
 * A pool of pages in one browser context (made with `options` on first use): a visit in an open page costs
 * Chromium about a quarter of what opening a page for it does (0.12 against 0.46 CPU-seconds on a 2-core machine),
 * and the test run visits over a hundred. Tests that need a context of their own (no JavaScript, an empty cache,
 * another Content Security Policy) open one instead. `browser` is read when the pool is first used, so the pool can
 * be made before the browser is started.
 */
export function poolPages(browser: () => Browser, options: BrowserContextOptions = {}): PagePool {
	let context: Promise<BrowserContext> | undefined;
	const idle: Page[] = [];
	const viewport = options.viewport ?? DEFAULT_VIEWPORT;
	/** Cleans the page and puts it back; one that cannot be cleaned (a test closed it, or it crashed) is closed instead. */
	const giveBack = async (page: Page) => {
		try {
			for (const event of PAGE_EVENTS) await page.removeAllListeners(event);
			await page.unrouteAll({ behavior: 'ignoreErrors' });
			await leaveForBlank(page);
			await page.setViewportSize(viewport);
			await page.emulateMedia({ media: null });
			idle.push(page);
		} catch {
			await page.close().catch(() => {});
		}
	};
	return {
		async use(use) {
			context ??= browser().newContext(options);
			const page = idle.pop() ?? (await (await context).newPage());
			try {
				return await use(page);
			} finally {
				await giveBack(page);
			}
		},
	};
}
