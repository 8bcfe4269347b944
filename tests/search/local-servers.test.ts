import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { BASED } from '../support/global-setup.ts';
import { copyProject, ROOT } from '../support/project-copy.ts';

const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const running: ChildProcess[] = [];
const copies: string[] = [];
let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	for (const child of running) child.kill('SIGTERM');
	for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

/** The environment without Vitest's variables: Astro's dev server serves no pages when it sees VITEST. */
function withoutVitest(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
	return Object.fromEntries(Object.entries(env).filter(([name]) => !name.startsWith('VITEST')));
}

/** A port nothing is listening on. */
async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	await new Promise((resolve) => server.close(resolve));
	return port;
}

/** Starts `astro <command>` in a project folder and resolves once `url` answers. */
async function startAstro(cwd: string, command: 'dev' | 'preview', path: string, env: Record<string, string> = {}): Promise<string> {
	const port = await freePort();
	const child = spawn(process.execPath, [ASTRO, command, '--host', '127.0.0.1', '--port', String(port)], {
		cwd,
		env: { ...withoutVitest(process.env), ASTRO_TELEMETRY_DISABLED: '1', ...env },
		stdio: 'ignore',
	});
	running.push(child);
	const url = `http://127.0.0.1:${port}${path}`;
	const deadline = Date.now() + 90_000;
	while (Date.now() < deadline) {
		const ok = await fetch(url, { signal: AbortSignal.timeout(10_000) }).then((response) => response.ok, () => false);
		if (ok) return url;
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
	throw new Error(`astro ${command} did not answer at ${url}`);
}

describe('search on the local servers', () => {
	it('works in npm run preview, under a base path', async () => {
		const url = await startAstro(dirname(inject('basedSiteDist')), 'preview', `${BASED.BASE_PATH}search/`, BASED);
		const page = await browser.newPage();
		await page.goto(`${url}?q=Slaithwaite`);
		await page.waitForFunction(() => document.querySelector('[data-results]')?.getAttribute('aria-busy') === 'false');
		const links = await page.locator('[data-list] h3 a').evaluateAll((found) => found.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
		expect(links).toEqual([`${BASED.BASE_PATH}reports/cccv-final-learning-report-2022/`]);
		await page.close();
	});

	it('explains on the dev server, which has no index, how to try search', async () => {
		const dir = copyProject(`search-dev-${process.pid}`, { fixtures: false });
		copies.push(dir);
		const url = await startAstro(dir, 'dev', '/search/');
		const page = await browser.newPage();
		await page.goto(`${url}?q=Slaithwaite`);
		const notice = page.locator('[data-unavailable]');
		await notice.waitFor({ state: 'visible', timeout: 60_000 });
		const text = await notice.textContent();
		expect(text).toContain('npm run build');
		expect(text).toContain('npm run preview');
		expect(await notice.getByRole('link', { name: 'Topics' }).isVisible()).toBe(true);
		expect(await page.locator('#search-query').isVisible()).toBe(false);
		await page.close();
	});
});
