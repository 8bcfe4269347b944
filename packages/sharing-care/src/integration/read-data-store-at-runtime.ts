import { existsSync } from 'node:fs';
import type { Plugin } from 'vite';

/** The module through which Astro's pages read the content collections, once resolved (astro/dist/content/consts.js). */
export const DATA_STORE_MODULE = '\0astro:data-layer-content';

/** The file, in Astro's `cacheDir`, into which Astro syncs the content for a build (astro/dist/content/consts.js). */
export const DATA_STORE_FILE = 'data-store.json';

/**
 * How Astro marks the module it loads for the data store, for its incremental builds
 * (astro/dist/core/build/incremental-metadata.js, which Astro does not export): the module given in its place keeps it.
 */
export const DATA_STORE_MODULE_META = { astroIncremental: { kind: 'content-data' } } as const;

/**
 * The data store module for the page renderer: the JSON Astro wrote to `storeFile` when it synced the content, read
 * from the file as the renderer starts, rather than written into the module as one string literal. Node compiles a
 * string literal in a time that grows much faster than its length: at 10,000 entries (a 117 MB store) it took 92 s
 * before the first page, where reading and parsing the file takes about 1 s (bench/HISTORY.md). Undefined when there
 * is no store file, where Astro's own module (an empty store) is wanted.
 */
export function readStoreAtRuntime(storeFile: string): string | undefined {
	if (!existsSync(storeFile)) return undefined;
	return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(storeFile)}, 'utf8'));\n`;
}

/**
 * A Vite plugin for `astro build`: the page renderer (Astro's `prerender` environment, which runs on the building
 * machine, where the store file is) reads the content data store from its file (`readStoreAtRuntime`). It loads the
 * module before Astro's own plugin does (its hook's `order`), so Astro does not read, parse and escape the whole
 * store into a module that would be thrown away (0.1 s at 1,000 entries, growing with the store). Other environments,
 * such as an adapter's server bundle that is deployed elsewhere, keep Astro's module; so does a site that has Astro
 * keep its store in chunks (`experimental.collectionStorage`), which `singleFile` false says.
 */
export function readDataStoreAtRuntime(storeFile: string, { singleFile }: { singleFile: boolean }): Plugin {
	return {
		name: 'sharing-care:read-data-store-at-runtime',
		apply: 'build',
		load: {
			order: 'pre',
			// The module's id, exactly (it has no character that a regular expression reads otherwise).
			filter: { id: new RegExp(`^${DATA_STORE_MODULE}$`) },
			handler(id) {
				if (!singleFile || id !== DATA_STORE_MODULE || this.environment.name !== 'prerender') return null;
				const code = readStoreAtRuntime(storeFile);
				return code === undefined ? null : { code, map: { mappings: '' }, meta: DATA_STORE_MODULE_META };
			},
		},
	};
}
