import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { poolPages } from './page-pool.ts';

let browser: Browser;
let server: Server;
let origin: string;
/** Every page the server was asked for, in order (not the icon Chromium asks for beside each). */
const asked: string[] = [];

beforeAll(async () => {
	server = createServer((request, response) => {
		if (request.url !== '/favicon.ico') asked.push(request.url ?? '');
		response.setHeader('Content-Type', 'text/html');
		response.end(`<!DOCTYPE html><title>${request.url}</title><p>${request.url}`);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	server?.close();
});

describe('a pool of pages', () => {
	it('gives a page back blank, left as a link on the page would leave it, with no listener of the test before', async () => {
		const pool = poolPages(() => browser, { viewport: { width: 800, height: 600 } });
		const heard: string[] = [];
		const first = await pool.use(async (page) => {
			page.on('request', (request) => heard.push(request.url()));
			await page.setViewportSize({ width: 320, height: 640 });
			await page.goto(`${origin}/first/`);
			return page;
		});
		await pool.use(async (page) => {
			expect(page).toBe(first);
			expect(page.url()).toBe('about:blank');
			// A blank page a link on the site opened belongs to the site; one page.goto opened would belong to no site,
			// and Chromium would have put it in a renderer process of its own.
			expect(await page.evaluate(() => window.origin)).toBe(origin);
			expect(page.viewportSize()).toEqual({ width: 800, height: 600 });
			await page.goto(`${origin}/second/`);
		});
		expect(heard).toEqual([`${origin}/first/`]);
		expect(asked).toEqual(['/first/', '/second/']);
	});

	it('gives each test running at once a page of its own', async () => {
		const pool = poolPages(() => browser);
		const pages = await Promise.all([1, 2].map(() => pool.use(async (page) => (await page.goto(`${origin}/at-once/`), page))));
		expect(pages[0]).not.toBe(pages[1]);
	});
});
