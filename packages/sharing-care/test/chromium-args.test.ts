import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH, KIT_DISABLED_FEATURES } from '../src/cli/chromium.ts';

/**
 * The checking browser as the kit starts it (`sharing-care test`'s accessibility check, and the repository's browser
 * tests): a real Chromium, launched through Playwright with CHROMIUM_ARGS.
 */
let browser: Browser;
beforeAll(async () => {
	browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
});
afterAll(async () => {
	await browser?.close();
});

/** How many renderer processes the browser has now. */
async function countRenderers(): Promise<number> {
	const session = await browser.newBrowserCDPSession();
	const { processInfo } = await session.send('SystemInfo.getProcessInfo');
	await session.detach();
	return processInfo.filter((process) => process.type === 'renderer').length;
}

/** The features each `--disable-features` switch on the browser process's command line turns off, in order. */
async function disabledFeatureSwitches(): Promise<string[][]> {
	const session = await browser.newBrowserCDPSession();
	const { processInfo } = await session.send('SystemInfo.getProcessInfo');
	await session.detach();
	const pid = processInfo.find((process) => process.type === 'browser')?.id;
	if (!pid) throw new Error('Chromium named no browser process');
	return readFileSync(`/proc/${pid}/cmdline`, 'utf8')
		.split('\0')
		.filter((arg) => arg.startsWith('--disable-features='))
		.map((arg) => arg.slice('--disable-features='.length).split(','));
}

describe('the checking browser', () => {
	it('keeps every feature Playwright turns off turned off: the last --disable-features, the one Chromium reads, lists them all', async () => {
		const switches = await disabledFeatureSwitches();
		// Playwright's own, then the kit's.
		expect(switches.length).toBeGreaterThanOrEqual(2);
		const effective = switches.at(-1)!;
		for (const earlier of switches.slice(0, -1)) expect(earlier.filter((feature) => !effective.includes(feature))).toEqual([]);
		expect(effective).toEqual(expect.arrayContaining([...KIT_DISABLED_FEATURES]));
	});

	it('opens a browser context with only its own page: no address-bar drop-down drawn as a page of its own beside it', async () => {
		const context = await browser.newContext();
		try {
			await context.newPage();
			const session = await browser.newBrowserCDPSession();
			const { targetInfos } = await session.send('Target.getTargets');
			const inContext = targetInfos.filter((target) => target.browserContextId && target.type !== 'tab');
			expect(inContext.map((target) => `${target.type} ${target.url}`)).toEqual(['page about:blank']);
			await session.detach();
		} finally {
			await context.close();
		}
	});

	it('runs the pages of a browser context in one renderer process, as they go from page to page', async () => {
		const server = createServer((request, response) => response.end(`<!DOCTYPE html><title>${request.url}</title><p>${request.url}`));
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
		const context = await browser.newContext();
		try {
			// Two tabs at once, as the checks keep them, each visiting pages one after another.
			await Promise.all(
				['first', 'second'].map(async (tab) => {
					const page = await context.newPage();
					for (const path of ['/', `/${tab}/`, '/about/']) await page.goto(origin + path);
				}),
			);
			expect(await countRenderers()).toBe(1);
		} finally {
			await context.close();
			server.close();
		}
	});
});
