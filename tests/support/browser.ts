import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_PATH } from './find-chromium.ts';

/** The flags every test browser starts with: headless, no sandbox (root in CI), no background traffic. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'];

/** Starts headless Chromium for a test file; close it in afterAll. */
export function launchBrowser(): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}
