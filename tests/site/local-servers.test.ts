import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser.ts';
import { FIXTURE_DOCUMENTS } from '../support/fixture-documents.ts';
import { parsePage } from '../support/parse-page.ts';
import { copyFixtureSite } from '../support/fixture-site.ts';
import { BASED } from '../support/test-builds.ts';
import { waitForResults } from '../support/search-page.ts';

const running: ChildProcess[] = [];
let browser: Browser;
let copy: string;
let dev: string;

/** The environment without the test runner's own variables (VITEST, NODE_ENV=test), which change how Astro runs. */
function withoutTestRunner(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
	return Object.fromEntries(Object.entries(env).filter(([name]) => !/^(VITEST|NODE_ENV|TEST)/.test(name)));
}

/** A port nothing is listening on. */
async function freePort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	await new Promise((resolve) => server.close(resolve));
	return port;
}

/**
 * Starts `astro <command>` for a project folder (`--root`), from the folder `from` (the project's own unless given),
 * and resolves with its address once the server says it is listening there and `path` answers with a page for which
 * `ready` holds. Astro prints the address once it is ready (the dev server after syncing content); if the page is not
 * ready yet, it asks again each time the server prints something, or after a second of quiet, as each answer from the
 * dev server renders the page, which costs a core.
 */
async function startAstro(
	root: string,
	command: 'dev' | 'preview',
	path: string,
	env: Record<string, string> = {},
	ready: (html: string) => boolean = () => true,
	from: string = root,
): Promise<string> {
	const port = await freePort();
	const child = spawn(
		process.execPath,
		[join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), command, '--root', root, '--host', '127.0.0.1', '--port', String(port)],
		{
			cwd: from,
			env: { ...withoutTestRunner(process.env), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...env },
			stdio: ['ignore', 'pipe', 'pipe'],
		},
	);
	running.push(child);
	const origin = `http://127.0.0.1:${port}`;
	let printed = '';
	let nextOutput: () => void = () => {};
	const onOutput = (chunk: Buffer) => {
		printed += chunk.toString();
		nextOutput();
	};
	child.stdout!.on('data', onOutput);
	child.stderr!.on('data', onOutput);
	/** Resolves when the server prints something more, or after `ms` of quiet. */
	const outputOrQuiet = (ms: number) =>
		new Promise<void>((resolve) => {
			const timer = setTimeout(resolve, ms);
			nextOutput = () => {
				clearTimeout(timer);
				resolve();
			};
		});
	const deadline = Date.now() + 90_000;
	while (!printed.includes(origin)) {
		if (Date.now() > deadline || child.exitCode !== null) throw new Error(`astro ${command} did not start at ${origin}:\n${printed}`);
		await outputOrQuiet(5_000);
	}
	while (Date.now() < deadline) {
		const html = await fetch(`${origin}${path}`, { signal: AbortSignal.timeout(10_000) }).then(
			(response) => (response.ok ? response.text() : ''),
			() => '',
		);
		if (html && ready(html)) return origin;
		await outputOrQuiet(1_000);
	}
	throw new Error(`astro ${command} did not answer at ${origin}${path}:\n${printed}`);
}

beforeAll(async () => {
	copy = await copyFixtureSite(`local-servers-${process.pid}`);
	// The dev server answers before the content layer has loaded: wait until the blog index lists posts. It is started
	// from the folder above the site, as in a repository that holds the site in a folder of its own (`astro dev --root
	// site`): the kit reads the site's content, packages and documents from Astro's root, not from where it was started.
	[browser, dev] = await Promise.all([
		launchBrowser(),
		startAstro(copy, 'dev', '/blog/', {}, (html) => html.includes('Winter letters: learning to listen'), dirname(copy)),
	]);
});

afterAll(async () => {
	await browser?.close();
	for (const child of running) child.kill('SIGTERM');
	if (copy) rmSync(copy, { recursive: true, force: true });
});

describe('the dev server', () => {
	it('shows a draft, clearly marked as a draft', async () => {
		const response = await fetch(`${dev}/blog/fixture-draft-post/`);
		expect(response.status).toBe(200);
		const page = parsePage(await response.text());
		expect(page.text()).toContain('quokkaballoons');
		expect(page.selectAll('strong').map((strong) => page.text(strong))).toContain('Draft:');
	});

	it('serves the web editor at /admin/, with its config, its bundle and the site’s stylesheets for its preview', async () => {
		const response = await fetch(`${dev}/admin/`);
		expect(response.status).toBe(200);
		expect(parsePage(await response.text()).select('script[src="/admin/sveltia-cms.js"]')).toBeDefined();
		expect(await (await fetch(`${dev}/admin/config.yml`)).text()).toMatch(/^ {2}- name: minutes$/m);
		expect(await (await fetch(`${dev}/admin/sveltia-cms.js`)).text()).toContain('url(/admin/fonts/material-symbols-outlined-latin-wght-normal.woff2)');
		const styles = [...(await (await fetch(`${dev}/admin/preview-styles.js`)).text()).matchAll(/registerPreviewStyle\("([^"]+)"\)/g)].map((match) => match[1]!);
		expect(styles.length).toBeGreaterThan(0);
		for (const href of styles) expect((await fetch(new URL(href, `${dev}/`))).headers.get('content-type'), href).toMatch(/^text\/css/);
		// The preview templates, written from the kit's own functions as the dev server compiles them: nothing of its own left in.
		const templates = await (await fetch(`${dev}/admin/preview-templates.js`)).text();
		expect(() => new Function(templates)).not.toThrow();
		expect(templates).toContain('registerPreviewTemplate(kind.id');
		expect(templates).not.toMatch(/__vite_ssr_/);
	});

	it('serves an entry’s documents at the addresses its page links to, as the build publishes them', async () => {
		const { boardPapers } = FIXTURE_DOCUMENTS;
		const entry = parsePage(await (await fetch(`${dev}/${boardPapers.entry}`)).text());
		expect(entry.select(`a[href="/${boardPapers.entry}board-papers-2025-03.pdf"]`)).toBeDefined();
		const response = await fetch(`${dev}/${boardPapers.entry}board-papers-2025-03.pdf`);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('application/pdf');
		expect(Buffer.from(await response.arrayBuffer())).toEqual(boardPapers.bytes);
	});

	it('shows a scheduled entry, marked as scheduled', async () => {
		const page = parsePage(await (await fetch(`${dev}/blog/fixture-scheduled-post/`)).text());
		expect(page.selectAll('strong').map((strong) => page.text(strong))).toContain('Scheduled:');
	});

	it('explains on the search page, which has no index there, how to try search', async () => {
		const page = await browser.newPage();
		await page.goto(`${dev}/search/?q=Ravensgill`);
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

describe('npm run preview', () => {
	it('serves the built site with working search, under a base path', async () => {
		const origin = await startAstro(dirname(inject('basedSiteDist')), 'preview', `${BASED.BASE_PATH}search/`, BASED);
		const page = await browser.newPage();
		await page.goto(`${origin}${BASED.BASE_PATH}search/?q=Ravensgill`);
		await waitForResults(page);
		const links = await page.locator('[data-list] h3 a').evaluateAll((found) => found.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
		expect(links).toEqual([`${BASED.BASE_PATH}reports/learning-report-2024/`]);
		await page.close();
	});
});
