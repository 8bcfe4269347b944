import type { Page } from 'playwright-core';

/** What a page did while it was watched. */
export interface PageWatch {
	/** Every address the page and its workers requested. */
	requests: string[];
	/** Every Content Security Policy violation, console warning or error and uncaught error, in the page and its workers. */
	problems: string[];
}

/** Starts recording what a page requests and every problem it reports; call before the page is opened. */
export async function watchPage(page: Page): Promise<PageWatch> {
	const watch: PageWatch = { requests: [], problems: [] };
	// Each violation is also written to the page's console, which is recorded below: a console message needs no
	// binding between the page and the test, which a busy machine can lose while the page loads.
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
		});
	});
	page.on('request', (request) => watch.requests.push(request.url()));
	page.on('console', (message) => {
		if (message.type() === 'error' || message.type() === 'warning') watch.problems.push(`console ${message.type()}: ${message.text()}`);
	});
	page.on('pageerror', (error) => watch.problems.push(`page error: ${error.message}`));
	page.on('worker', (worker) => worker.on('console', (message) => watch.problems.push(`worker console: ${message.text()}`)));
	return watch;
}
