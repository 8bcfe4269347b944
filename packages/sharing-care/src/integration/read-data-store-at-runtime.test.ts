import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DATA_STORE_FILE, readStoreAtRuntime } from './read-data-store-at-runtime.ts';

const dir = mkdtempSync(join(tmpdir(), 'data-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A store as Astro writes it (devalue's flattened form), and the module Astro makes of it for a build. */
const STORE = JSON.stringify([['Map', 1, 2], 'blog', ['Map', 3, 4], 'first-post', { id: 5, body: 6 }, 'first-post', 'Words with "quotes" and a \\ backslash']);
const storeFile = join(dir, 'data-store.json');
writeFileSync(storeFile, STORE);
const astroModule = `export default JSON.parse(${JSON.stringify(STORE)})`;

/** Runs a module's code and returns its default export. */
const defaultOf = async (code: string): Promise<unknown> => (await import(`data:text/javascript,${encodeURIComponent(code)}`)).default;

describe('readStoreAtRuntime', () => {
	it('gives a module that reads the same data from the store file', async () => {
		const code = readStoreAtRuntime(astroModule, storeFile);
		expect(code).toContain('readFileSync');
		expect(code).not.toContain('first-post');
		expect(await defaultOf(code!)).toEqual(await defaultOf(astroModule));
	});

	it('keeps Astro’s module when there is no store file', () => {
		expect(readStoreAtRuntime(astroModule, join(dir, 'missing.json'))).toBeUndefined();
	});

	it('keeps a store Astro writes in another form', () => {
		expect(readStoreAtRuntime('export default new Map()', storeFile)).toBeUndefined();
		expect(readStoreAtRuntime('export default{"blog":[(await import("astro:data-layer-chunk:a.txt"))]}', storeFile)).toBeUndefined();
	});

	it('matches how the installed Astro writes the module and names the file, so the plugin still applies', () => {
		// Astro's content plugin: if an upgrade writes the store another way, the plugin steps aside, and this says so.
		const astroDir = join(createRequire(import.meta.url).resolve('astro/package.json'), '..');
		const plugin = readFileSync(join(astroDir, 'dist/content/vite-plugin-content-virtual-mod.js'), 'utf8');
		expect(plugin).toContain('code: `export default JSON.parse(${JSON.stringify(jsonData)})`');
		expect(readFileSync(join(astroDir, 'dist/content/consts.js'), 'utf8')).toContain(`DATA_STORE_FILE = "${DATA_STORE_FILE}"`);
	});
});
