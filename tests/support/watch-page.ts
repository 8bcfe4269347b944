import type { Page, Request } from 'playwright-core';

/** What a page did while it was watched. */
export interface PageWatch {
	/** Every address the page and its workers requested. */
	requests: string[];
	/** Every Content Security Policy violation, console warning or error and uncaught error, in the page and its workers. */
	problems: string[];
}

/** Pages that already write each CSP violation to their console (a page from a pool is watched again and again). */
const reportingViolations = new WeakSet<Page>();

/**
 * Starts recording what a page requests and every problem it reports; call before the page is opened. A page from
 * a pool (page-pool.ts) stops recording when it goes back, as its listeners are removed.
 */
export async function watchPage(page: Page): Promise<PageWatch> {
	const watch: PageWatch = { requests: [], problems: [] };
	// Each violation is also written to the page's console, which is recorded below: a console message needs no
	// binding between the page and the test, which a busy machine can lose while the page loads.
	if (!reportingViolations.has(page)) {
		reportingViolations.add(page);
		await page.addInitScript(() => {
			document.addEventListener('securitypolicyviolation', (event) => {
				console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
			});
		});
	}
	page.on('request', (request) => watch.requests.push(request.url()));
	page.on('console', (message) => {
		if (message.type() === 'error' || message.type() === 'warning') watch.problems.push(`console ${message.type()}: ${message.text()}`);
	});
	page.on('pageerror', (error) => watch.problems.push(`page error: ${error.message}`));
	page.on('worker', (worker) => worker.on('console', (message) => watch.problems.push(`worker console: ${message.text()}`)));
	return watch;
}

/** A page's requests, followed from when `followRequests` is called. */
export interface FollowedRequests {
	/** Resolves once every request the page (or its workers) has started has finished or failed. */
	settled(): Promise<void>;
}

/**
 * Follows the requests a page makes, so a test can wait until the ones it started are all answered: a specific
 * state, in place of a wait for a stretch of quiet on the network (`networkidle`). Call before the page is opened.
 */
export function followRequests(page: Page): FollowedRequests {
	const inFlight = new Set<Request>();
	let waiting: (() => void)[] = [];
	const settle = () => {
		if (inFlight.size > 0) return;
		for (const resolve of waiting) resolve();
		waiting = [];
	};
	const end = (request: Request) => {
		inFlight.delete(request);
		settle();
	};
	page.on('request', (request) => inFlight.add(request));
	page.on('requestfinished', end);
	page.on('requestfailed', end);
	return {
		settled: () =>
			new Promise<void>((resolve) => {
				waiting.push(resolve);
				settle();
			}),
	};
}
