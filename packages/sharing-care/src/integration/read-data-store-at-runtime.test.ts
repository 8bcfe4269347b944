import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { DATA_STORE_FILE, DATA_STORE_MODULE, DATA_STORE_MODULE_META, readDataStoreAtRuntime, readStoreAtRuntime } from './read-data-store-at-runtime.ts';

const dir = mkdtempSync(join(tmpdir(), 'data-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A store as Astro writes it (devalue's flattened form), and the module Astro makes of it for a build. */
const STORE = JSON.stringify([['Map', 1, 2], 'blog', ['Map', 3, 4], 'first-post', { id: 5, body: 6 }, 'first-post', 'Words with "quotes" and a \\ backslash']);
const storeFile = join(dir, 'data-store.json');
writeFileSync(storeFile, STORE);
const astroModule = `export default JSON.parse(${JSON.stringify(STORE)})`;

/** Runs a module's code and returns its default export. */
const defaultOf = async (code: string): Promise<unknown> => (await import(`data:text/javascript,${encodeURIComponent(code)}`)).default;

type LoadHook = { order: string; filter: { id: RegExp }; handler: (this: { environment: { name: string } }, id: string) => unknown };

/** The plugin's load hook, called as Vite calls it in one of Astro's build environments. */
function loadIn(plugin: Plugin, environment: string, id = DATA_STORE_MODULE) {
	return (plugin.load as unknown as LoadHook).handler.call({ environment: { name: environment } }, id) as { code: string; meta: unknown } | null;
}

/** Astro's own files, as installed. */
const astroDir = join(createRequire(import.meta.url).resolve('astro/package.json'), '..');
const readAstro = (path: string) => readFileSync(join(astroDir, 'dist', path), 'utf8');

describe('readStoreAtRuntime', () => {
	it('gives a module that reads the same data from the store file', async () => {
		const code = readStoreAtRuntime(storeFile);
		expect(code).toContain('readFileSync');
		expect(code).not.toContain('first-post');
		expect(await defaultOf(code!)).toEqual(await defaultOf(astroModule));
	});

	it('gives nothing when there is no store file, so Astro’s own module (an empty store) is kept', () => {
		expect(readStoreAtRuntime(join(dir, 'missing.json'))).toBeUndefined();
	});
});

describe('readDataStoreAtRuntime', () => {
	const plugin = readDataStoreAtRuntime(storeFile, { singleFile: true });

	it('loads the store module for the page renderer, ahead of Astro’s own plugin, keeping Astro’s marker', async () => {
		const hook = plugin.load as unknown as LoadHook;
		expect(hook.order).toBe('pre');
		expect(hook.filter.id.test(DATA_STORE_MODULE)).toBe(true);
		const loaded = loadIn(plugin, 'prerender');
		expect(loaded?.meta).toEqual(DATA_STORE_MODULE_META);
		expect(await defaultOf(loaded!.code)).toEqual(await defaultOf(astroModule));
	});

	it('leaves every other environment, module, missing store and chunked store to Astro', () => {
		expect(loadIn(plugin, 'ssr')).toBeNull();
		expect(loadIn(plugin, 'client')).toBeNull();
		expect(loadIn(plugin, 'prerender', '\0astro:content')).toBeNull();
		expect(loadIn(readDataStoreAtRuntime(join(dir, 'missing.json'), { singleFile: true }), 'prerender')).toBeNull();
		expect(loadIn(readDataStoreAtRuntime(storeFile, { singleFile: false }), 'prerender')).toBeNull();
	});

	it('matches the installed Astro: its module and file names, its marker, and a load hook that runs after this one', () => {
		// If an upgrade of Astro changes any of these, the plugin would be passed over or give the wrong module: this says so.
		expect(readAstro('content/consts.js')).toContain(`DATA_STORE_FILE = "${DATA_STORE_FILE}"`);
		expect(readAstro('content/consts.js')).toContain('RESOLVED_DATA_STORE_VIRTUAL_ID = "\\0" + DATA_STORE_VIRTUAL_ID');
		expect(readAstro('content/consts.js')).toContain('DATA_STORE_VIRTUAL_ID = "astro:data-layer-content"');
		const marker = readAstro('core/build/incremental-metadata.js');
		expect(marker).toContain('ASTRO_INCREMENTAL_META_KEY = "astroIncremental"');
		expect(marker).toContain('kind: "content-data"');
		const plugin = readAstro('content/vite-plugin-content-virtual-mod.js');
		expect(plugin).toContain('code: `export default JSON.parse(${JSON.stringify(jsonData)})`');
		const load = plugin.slice(plugin.indexOf('load: {'), plugin.indexOf('handler(id)', plugin.indexOf('load: {')));
		expect(load).toContain('filter');
		expect(load).not.toContain('order');
	});
});
