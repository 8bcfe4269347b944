import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../support/project-copy.ts';

let dir: string;
let server: ChildProcess;
let base: string;

beforeAll(async () => {
	dir = copyProject('dev-drafts');
	server = spawn(process.execPath, [join(dir, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', '4390', '--host', '127.0.0.1'], {
		cwd: dir,
		// A clean environment: the test runner's own variables (VITEST, NODE_ENV=test) change how Astro runs.
		env: { ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(VITEST|NODE_ENV|TEST)/.test(key))), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
	});
	base = await new Promise<string>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error('the dev server did not start')), 60_000);
		let output = '';
		server.stdout?.on('data', (chunk: Buffer) => {
			output += chunk.toString();
			const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
			if (match) {
				clearTimeout(timer);
				resolve(match[0]);
			}
		});
	});
	// The server answers before the content layer has loaded: wait until the blog index lists posts.
	for (let tries = 0; tries < 60; tries++) {
		const text = await fetch(`${base}blog/`).then((r) => r.text(), () => '');
		if (text.includes('Co-production in 2020')) break;
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
});

afterAll(() => {
	server?.kill();
	rmSync(dir, { recursive: true, force: true });
});

describe('the dev server', () => {
	it('shows a draft, clearly marked as a draft', async () => {
		const response = await fetch(`${base}blog/fixture-draft-post/`);
		expect(response.status).toBe(200);
		const html = await response.text();
		expect(html).toContain('quokkaballoons');
		expect(html).toMatch(/<strong[^>]*>Draft:<\/strong>/);
	});

	it('serves the web editor at /admin/, with its config, its bundle and the site’s stylesheets for its preview', async () => {
		const page = await fetch(`${base}admin/`);
		expect(page.status).toBe(200);
		expect(await page.text()).toContain('<script src="/admin/sveltia-cms.js"></script>');
		expect(await (await fetch(`${base}admin/config.yml`)).text()).toMatch(/^ {2}- name: minutes$/m);
		expect(await (await fetch(`${base}admin/sveltia-cms.js`)).text()).toContain('url(/admin/fonts/material-symbols-outlined-latin-wght-normal.woff2)');
		const styles = [...(await (await fetch(`${base}admin/preview-styles.js`)).text()).matchAll(/registerPreviewStyle\("([^"]+)"\)/g)].map((match) => match[1]!);
		for (const href of styles) expect((await fetch(new URL(href, base))).headers.get('content-type'), href).toMatch(/^text\/css/);
	});

	it('shows a scheduled entry, marked as scheduled', async () => {
		const html = await (await fetch(`${base}blog/fixture-scheduled-post/`)).text();
		expect(html).toMatch(/<strong[^>]*>Scheduled:<\/strong>/);
	});
});
