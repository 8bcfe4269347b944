import { existsSync } from 'node:fs';
import type { Plugin } from 'vite';

/** The module through which Astro's pages read the content collections, once resolved (astro/dist/content/consts.js). */
const DATA_STORE_MODULE = '\0astro:data-layer-content';

/** The file, in Astro's `cacheDir`, into which Astro syncs the content for a build (astro/dist/content/consts.js). */
export const DATA_STORE_FILE = 'data-store.json';

/** How Astro writes that module for a build: the whole data store as one string literal, parsed as the module loads. */
const INLINED_STORE = 'export default JSON.parse(';

/**
 * The data store module as the build's page renderer should load it: the same JSON, read from the file Astro
 * wrote when it synced the content, instead of written into the module as one string literal. Node compiles a
 * string literal in a time that grows much faster than its length: at 10,000 entries
 * (a 117 MB store) it took 92 s before the first page, where reading and parsing the file takes about 1 s
 * (BENCHMARKS.md). Returns undefined, keeping Astro's module, for anything else: another module, a store
 * Astro writes in another form, or no store file.
 */
export function readStoreAtRuntime(code: string, storeFile: string): string | undefined {
	if (!code.startsWith(INLINED_STORE) || !existsSync(storeFile)) return undefined;
	return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(storeFile)}, 'utf8'));\n`;
}

/**
 * A Vite plugin for `astro build`: the page renderer (Astro's `prerender` environment, which runs on the
 * building machine, where the store file is) reads the content data store from its file. Other environments,
 * such as an adapter's server bundle that is deployed elsewhere, keep Astro's module.
 */
export function readDataStoreAtRuntime(storeFile: string): Plugin {
	return {
		name: 'sharing-care:read-data-store-at-runtime',
		apply: 'build',
		transform(code, id) {
			if (id !== DATA_STORE_MODULE || this.environment.name !== 'prerender') return null;
			const replaced = readStoreAtRuntime(code, storeFile);
			return replaced === undefined ? null : { code: replaced, map: { mappings: '' } };
		},
	};
}
