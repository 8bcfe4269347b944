/**
 * The kit's layers, and the checks that its modules keep to them (test/layers.test.ts runs them).
 *
 * Each folder of src/ is a layer. A module may import from its own layer and from the layers its layer sits on,
 * never from one above: pure functions (lib) know nothing of the site config or the content kinds, the content
 * queries (data) nothing of the components that show them, and so on up to the command line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/**
 * Every layer (a folder of src/) with the layers it may import from, bottom first. Each list holds everything
 * under its layer: what a layer may import, it may import too. Import a layer that is not on your list, and the
 * test fails: move the code down, or pass the value in from above. A new folder needs a line here.
 */
export const LAYERS: Readonly<Record<string, readonly string[]>> = {
	/** Pure functions, grouped by concern: html, text, dates, feeds, search, headers, urls, metadata, graphics, entries, files. */
	lib: [],
	/** The site's stylesheet (CSS: no modules). */
	styles: [],
	/** The site config's schema, and the site's config as the integration resolved it. */
	config: ['lib'],
	/** The frontmatter schemas of each kind of entry and reference data. */
	schemas: ['lib'],
	/** The strings tables, in the site's language. */
	i18n: ['lib', 'config'],
	/** The registry of content kinds (each kind's schema, labels, facts, editor presentation). */
	collections: ['lib', 'config', 'schemas', 'i18n'],
	/** The content at build time: Astro's collections, and the queries the pages make over them. */
	data: ['lib', 'config', 'schemas', 'i18n', 'collections'],
	/** Rewrites content written for an older version of the kit. */
	upgrade: ['lib', 'config', 'schemas', 'i18n', 'collections', 'data'],
	/** The pieces pages are built from. */
	components: ['lib', 'config', 'schemas', 'i18n', 'collections', 'data'],
	/** The web editor's config and page. */
	editor: ['lib', 'config', 'schemas', 'i18n', 'collections', 'data'],
	/** The content check (`sharing-care check`). */
	validation: ['lib', 'config', 'schemas', 'i18n', 'collections', 'data', 'upgrade'],
	/** The page layouts. */
	layouts: ['lib', 'styles', 'config', 'schemas', 'i18n', 'collections', 'data', 'components'],
	/** The pages and files the integration adds to a site. */
	routes: ['lib', 'styles', 'config', 'schemas', 'i18n', 'collections', 'data', 'components', 'editor', 'layouts'],
	/** The Astro integration. */
	integration: ['lib', 'config', 'schemas', 'i18n', 'collections', 'data', 'upgrade', 'editor', 'validation'],
	/** The command line (`sharing-care <command>`). */
	cli: ['lib', 'config', 'schemas', 'i18n', 'collections', 'data', 'upgrade', 'editor', 'validation', 'integration'],
};

/** The package's folder, and its source. */
export const PACKAGE_DIR = resolve(import.meta.dirname, '..');
export const SOURCE_DIR = join(PACKAGE_DIR, 'src');

/** The kinds of file that import modules. */
const MODULE_FILE = /\.(ts|mts|mjs|js|astro)$/;

/** One import: the importing file and the file (or, for a glob, the pattern) it imports, as `/`-separated paths. */
export interface ImportEdge {
	from: string;
	to: string;
}

/** An import that breaks the rule, with the layers at each end (`undefined` where a file is in no layer). */
export interface ForbiddenImport extends ImportEdge {
	fromLayer: string | undefined;
	toLayer: string | undefined;
}

/** A path with `/` between its parts, whatever the system's separator. */
const slashed = (path: string) => path.split(sep).join('/');

/** Whether a folder holds no source: installed packages, and hidden folders such as a build's cache. */
const isNotSource = (folder: string) => folder === 'node_modules' || folder.startsWith('.');

/** Every module file under a folder, as absolute paths, sorted; `node_modules` and hidden folders are skipped. */
export function listModuleFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && MODULE_FILE.test(entry.name) && !relative(dir, entry.parentPath).split(sep).some(isNotSource))
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
}

/** The folders directly under src/ (hidden ones aside): the layers there are. */
export function listSourceFolders(dir: string = SOURCE_DIR): string[] {
	return readdirSync(dir, { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && !isNotSource(entry.name))
		.map((entry) => entry.name)
		.sort();
}

/**
 * The script of a file: all of it for a module, and for an `.astro` component its frontmatter and the contents
 * of its `<script>` tags (a tag's `src` as an import), which are what Astro builds.
 */
export function extractScript(file: string, text: string): string {
	if (!file.endsWith('.astro')) return text;
	const frontmatter = /^\s*---\r?\n([\s\S]*?)\r?\n---/.exec(text);
	const template = frontmatter ? text.slice(frontmatter[0].length) : text;
	const scripts = [...template.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].map(([, attributes = '', body = '']) => {
		const src = /\bsrc=(["'])([^"']+)\1/.exec(attributes)?.[2];
		return src ? `import '${src}';\n${body}` : body;
	});
	return [frontmatter?.[1] ?? '', ...scripts].join('\n');
}

/**
 * Every module a file names, as written: imports (`import type` too), re-exports, dynamic `import('…')`
 * with a literal, `/// <reference path>`, and the patterns of `import.meta.glob`. Read by TypeScript's
 * own pre-processor, so text in strings and comments is not mistaken for an import.
 */
export function readImportSpecifiers(file: string, text: string): string[] {
	const script = extractScript(file, text);
	const { importedFiles, referencedFiles } = ts.preProcessFile(script, true, true);
	const globs = [...script.matchAll(/import\.meta\.glob\b[^(]*\(\s*(?:\[\s*)?(["'])([^"']+)\1/g)].map(([, , pattern = '']) => pattern);
	return [...importedFiles, ...referencedFiles].map((reference) => reference.fileName).concat(globs);
}

/** Where the package's own name leads (`sharing-care/config`), from its `exports` (paths as strings); `undefined` for other packages. */
export function resolvePackageSpecifier(specifier: string, name: string, exports: Readonly<Record<string, unknown>>): string | undefined {
	if (specifier !== name && !specifier.startsWith(`${name}/`)) return undefined;
	const subpath = `.${specifier.slice(name.length)}`;
	for (const [key, target] of Object.entries(exports)) {
		if (typeof target !== 'string') continue;
		if (key === subpath) return target;
		const [before = '', after] = key.split('*');
		if (after !== undefined && subpath.startsWith(before) && subpath.endsWith(after) && subpath.length >= before.length + after.length) {
			return target.replace('*', subpath.slice(before.length, subpath.length - after.length));
		}
	}
	return undefined;
}

/** The package's name and its `exports`, from its package.json. */
function readPackageExports(): { name: string; exports: Record<string, unknown> } {
	return JSON.parse(readFileSync(join(PACKAGE_DIR, 'package.json'), 'utf8')) as { name: string; exports: Record<string, unknown> };
}

/**
 * Every import of the package's own files, from each file in `files` (absolute paths), with both ends relative
 * to `base`: relative imports, and imports of the package by its own name (which would otherwise go round the rule).
 */
export function readImportEdges(files: readonly string[], base: string): ImportEdge[] {
	const { name, exports } = readPackageExports();
	return files.flatMap((file) =>
		readImportSpecifiers(file, readFileSync(file, 'utf8')).flatMap((specifier) => {
			const own = resolvePackageSpecifier(specifier, name, exports);
			const target = own ? join(PACKAGE_DIR, own) : specifier.startsWith('.') ? resolve(dirname(file), specifier) : undefined;
			return target ? [{ from: slashed(relative(base, file)), to: slashed(relative(base, target)) }] : [];
		}),
	);
}

/** The layer of a file, by its path relative to src/: its first folder; `undefined` for a file outside any folder of src/. */
export function findLayer(path: string): string | undefined {
	const parts = path.split('/');
	return parts.length > 1 && parts[0] !== '..' ? parts[0] : undefined;
}

/**
 * Whether a path relative to src/ is a type declaration at its top (`env.d.ts`, `virtual.d.ts`): ambient types for
 * the whole package, outside the layers, which may name any module of src/ and which any module may rely on.
 */
export function isTopDeclaration(path: string): boolean {
	return !path.includes('/') && path.endsWith('.d.ts');
}

/**
 * The imports that break the layer rule, paths relative to src/: each that leaves its own layer for one its
 * layer may not import, or that starts or ends in no layer at all (a file outside src/'s folders, or a folder
 * with no line in the table). The type declarations at the top of src/ (isTopDeclaration) are outside the rule,
 * as long as what they name is inside src/.
 */
export function findForbiddenImports(edges: readonly ImportEdge[], layers: Readonly<Record<string, readonly string[]>>): ForbiddenImport[] {
	return edges
		.filter(({ from, to }) => !isTopDeclaration(to) && !(isTopDeclaration(from) && !to.startsWith('../')))
		.map((edge) => ({ ...edge, fromLayer: findLayer(edge.from), toLayer: findLayer(edge.to) }))
		.filter(({ fromLayer, toLayer }) => {
			if (!fromLayer || !toLayer || !Object.hasOwn(layers, fromLayer) || !Object.hasOwn(layers, toLayer)) return true;
			return fromLayer !== toLayer && !layers[fromLayer]?.includes(toLayer);
		});
}

/** An import as the test names it: `lib/a.ts → config/b.ts (lib → config)`. */
export function formatForbiddenImport({ from, to, fromLayer, toLayer }: ForbiddenImport): string {
	return `${from} → ${to} (${fromLayer ?? 'no layer'} → ${toLayer ?? 'no layer'})`;
}

/**
 * What is wrong with a layer table, in words: a layer that names a layer the table does not have, that names
 * itself, or that may import a layer whose own list it lacks some of (so that each list holds everything under
 * its layer). A cycle (two layers each over the other) shows as a layer that would have to name itself.
 */
export function checkLayerTable(layers: Readonly<Record<string, readonly string[]>>): string[] {
	return Object.entries(layers).flatMap(([layer, allowed]) =>
		allowed.flatMap((below) => {
			if (below === layer) return [`${layer} names itself`];
			const under = layers[below];
			if (!under) return [`${layer} names ${below}, which has no line in the table`];
			return under
				.filter((deeper) => !allowed.includes(deeper))
				.map((deeper) =>
					deeper === layer
						? `${layer} and ${below} may each import the other`
						: `${layer} may import ${below}, which may import ${deeper}, so ${layer} must list ${deeper}`,
				);
		}),
	);
}
