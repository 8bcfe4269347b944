import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
	checkLayerTable,
	extractScript,
	findForbiddenImports,
	findLayer,
	formatForbiddenImport,
	isTopDeclaration,
	LAYERS,
	listModuleFiles,
	listSourceFolders,
	PACKAGE_DIR,
	readImportEdges,
	readImportSpecifiers,
	resolvePackageSpecifier,
	SOURCE_DIR,
} from './layers.ts';

/** The modules the rule covers: every module of src/ but the unit tests. */
const sourceFiles = listModuleFiles(SOURCE_DIR).filter((file) => !file.endsWith('.test.ts'));

describe('the layers of src/', () => {
	it('give every folder of src/ a layer, and every layer a folder', () => {
		expect(Object.keys(LAYERS).sort()).toEqual(listSourceFolders());
	});

	it('leave nothing at the top of src/ but type declarations: every module is in a layer', () => {
		const top = listModuleFiles(SOURCE_DIR)
			.map((file) => relative(SOURCE_DIR, file))
			.filter((file) => !file.includes(sep));
		expect(top.filter((file) => !isTopDeclaration(file))).toEqual([]);
	});

	it('form a table: each layer lists everything under it, and no two layers are each over the other', () => {
		expect(checkLayerTable(LAYERS)).toEqual([]);
	});

	it('hold in every module: each imports only from its own layer and the layers under it', () => {
		const edges = readImportEdges(sourceFiles, SOURCE_DIR);
		// Not a pass for want of anything to check: the scan reads the kit's modules and finds imports between layers.
		expect(sourceFiles.length).toBeGreaterThan(200);
		expect(sourceFiles.some((file) => file.endsWith('.astro'))).toBe(true);
		expect(edges.filter((edge) => findLayer(edge.from) !== findLayer(edge.to)).length).toBeGreaterThan(300);
		expect(findForbiddenImports(edges, LAYERS).map(formatForbiddenImport)).toEqual([]);
	});
});

describe('the package', () => {
	it('imports nothing from outside its folder by a relative path', () => {
		const edges = readImportEdges(listModuleFiles(PACKAGE_DIR), PACKAGE_DIR);
		expect(edges.length).toBeGreaterThan(500);
		expect(edges.filter((edge) => edge.to.startsWith('../')).map(({ from, to }) => `${from} → ${to}`)).toEqual([]);
	});
});

const TABLE = { lib: [], config: ['lib'], data: ['lib', 'config'], components: ['lib', 'config', 'data'] };

describe('findForbiddenImports', () => {
	it('names each import of a layer above, with both layers', () => {
		const edges = [
			{ from: 'lib/urls/resolve.ts', to: 'config/schema.ts' },
			{ from: 'data/entry-html.ts', to: 'components/KeyPoints.astro' },
		];
		expect(findForbiddenImports(edges, TABLE).map(formatForbiddenImport)).toEqual([
			'lib/urls/resolve.ts → config/schema.ts (lib → config)',
			'data/entry-html.ts → components/KeyPoints.astro (data → components)',
		]);
	});

	it('lets a module import from its own layer and the layers under it', () => {
		const edges = [
			{ from: 'lib/urls/resolve.ts', to: 'lib/urls/join-base.ts' },
			{ from: 'lib/urls/resolve.ts', to: 'lib/text/slugify.ts' },
			{ from: 'components/Card.astro', to: 'data/urls.ts' },
			{ from: 'components/Card.astro', to: 'lib/text/slugify.ts' },
		];
		expect(findForbiddenImports(edges, TABLE)).toEqual([]);
	});

	it('names an import from or to no layer: a file at the top of src/, a folder with no line, a file outside src/', () => {
		const edges = [
			{ from: 'helpers.ts', to: 'lib/a.ts' },
			{ from: 'lib/a.ts', to: 'shared/b.ts' },
			{ from: 'data/c.ts', to: '../index.ts' },
		];
		expect(findForbiddenImports(edges, TABLE).map(formatForbiddenImport)).toEqual([
			'helpers.ts → lib/a.ts (no layer → lib)',
			'lib/a.ts → shared/b.ts (lib → shared)',
			'data/c.ts → ../index.ts (data → no layer)',
		]);
	});

	it('leaves the type declarations at the top of src/ to name any module of src/, but nothing outside it', () => {
		const edges = [
			{ from: 'env.d.ts', to: 'virtual.d.ts' },
			{ from: 'virtual.d.ts', to: 'components/SiteHeader.astro' },
			{ from: 'lib/a.ts', to: 'env.d.ts' },
			{ from: 'virtual.d.ts', to: '../index.ts' },
		];
		expect(findForbiddenImports(edges, TABLE).map(formatForbiddenImport)).toEqual(['virtual.d.ts → ../index.ts (no layer → no layer)']);
	});
});

describe('checkLayerTable', () => {
	it('finds nothing wrong with a table where each layer lists everything under it', () => {
		expect(checkLayerTable(TABLE)).toEqual([]);
	});

	it('names a layer missing from a list, two layers over each other, a layer naming itself and one not in the table', () => {
		expect(checkLayerTable({ lib: [], config: ['lib'], data: ['config'] })).toEqual(['data may import config, which may import lib, so data must list lib']);
		expect(checkLayerTable({ lib: ['data'], data: ['lib'] })).toEqual(['lib and data may each import the other', 'data and lib may each import the other']);
		expect(checkLayerTable({ lib: ['lib'] })).toEqual(['lib names itself']);
		expect(checkLayerTable({ lib: ['shared'] })).toEqual(['lib names shared, which has no line in the table']);
	});
});

describe('readImportSpecifiers', () => {
	it('reads imports, type imports, re-exports, dynamic imports and globs, not text in strings or comments', () => {
		const text = [
			"import { a } from './a.ts';",
			"import type { B } from '../b.ts';",
			"export { c } from './c.ts';",
			"import './d.css';",
			"const e = await import('./e.ts');",
			"const f = import.meta.glob<{ default: string }>('./locales/*.ts', { eager: true });",
			"// import { g } from './g.ts';",
			'const h = "import { h } from \'./h.ts\'";',
		].join('\n');
		expect(readImportSpecifiers('x.ts', text)).toEqual(['./a.ts', '../b.ts', './c.ts', './d.css', './e.ts', './locales/*.ts']);
	});

	it("reads an Astro component's frontmatter and scripts, not its markup", () => {
		const text = [
			'---',
			"import Card from './Card.astro';",
			"import type { Entry } from '../data/entries.ts';",
			'---',
			"<p>To start, import { x } from '../x.ts';</p>",
			'<Card />',
			"<script>\n\timport './search.ts';\n</script>",
			'<script src="./copy.ts"></script>',
		].join('\n');
		expect(extractScript('Card.astro', text)).not.toContain('To start');
		expect(readImportSpecifiers('Card.astro', text)).toEqual(['./Card.astro', '../data/entries.ts', './search.ts', './copy.ts']);
	});
});

describe('resolvePackageSpecifier', () => {
	const exports = { '.': './index.ts', './config': './src/config/schema.ts', './routes/*': './src/routes/*' };

	it("leads the package's own name to its file through its exports", () => {
		expect(resolvePackageSpecifier('sharing-care', 'sharing-care', exports)).toBe('./index.ts');
		expect(resolvePackageSpecifier('sharing-care/config', 'sharing-care', exports)).toBe('./src/config/schema.ts');
		expect(resolvePackageSpecifier('sharing-care/routes/topics/index.astro', 'sharing-care', exports)).toBe('./src/routes/topics/index.astro');
	});

	it('leaves other packages alone', () => {
		expect(resolvePackageSpecifier('astro/zod', 'sharing-care', exports)).toBeUndefined();
		expect(resolvePackageSpecifier('sharing-care-extra', 'sharing-care', exports)).toBeUndefined();
	});
});

describe('the whole check, on a planted mistake', () => {
	const dir = mkdtempSync(join(tmpdir(), 'sharing-care-layers-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it('finds a type import from lib up to config, and an Astro script importing up, by reading the files', () => {
		const files: Record<string, string> = {
			'lib/site-url.ts': "import type { SiteConfig } from '../config/schema.ts';\nexport const x = 1;\n",
			'config/schema.ts': "import { x } from '../lib/site-url.ts';\nexport type SiteConfig = { x: typeof x };\n",
			'data/feeds.ts': 'export const feeds = [];\n',
			'lib/Widget.astro': "---\nconst a = 1;\n---\n<script>\n\timport { feeds } from '../data/feeds.ts';\n</script>\n",
		};
		for (const [file, text] of Object.entries(files)) {
			mkdirSync(dirname(join(dir, file)), { recursive: true });
			writeFileSync(join(dir, file), text);
		}
		const edges = readImportEdges(listModuleFiles(dir), dir);
		expect(findForbiddenImports(edges, TABLE).map(formatForbiddenImport)).toEqual([
			'lib/Widget.astro → data/feeds.ts (lib → data)',
			'lib/site-url.ts → config/schema.ts (lib → config)',
		]);
	});
});
