import { chromium, type Browser, type BrowserServer } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../packages/sharing-care/src/cli/chromium.ts';

/**
 * How often, in milliseconds, a test checks a page for the state it waits for. Playwright's default checks at
 * every animation frame, which keeps Chromium drawing frames for as long as the test waits (about a third of a
 * core per waiting page); every 50 ms costs a twentieth of that and adds at most 50 ms to the wait.
 */
export const POLL_MS = 50;

/** Where a Chromium shared by a whole test run listens (set by the global setup), so each test file need not start its own. */
const SHARED_CHROMIUM = 'SHARING_CARE_TEST_CHROMIUM';

/** Starts the Chromium a whole test run shares; launchBrowser() connects to it from then on, in this process and the ones it starts. */
export async function startSharedChromium(): Promise<BrowserServer> {
	const server = await chromium.launchServer({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
	process.env[SHARED_CHROMIUM] = server.wsEndpoint();
	return server;
}

/**
 * Headless Chromium for a test file or a measuring script: the run's shared one when there is one (closing it
 * then only disconnects), or a new one. Close it in afterAll.
 */
export function launchBrowser(): Promise<Browser> {
	const shared = process.env[SHARED_CHROMIUM];
	return shared ? chromium.connect(shared) : chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}
