import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readIndexedPageCount } from '../../src/integration/index-site.ts';
import { addToSiteConfig, buildCopy } from '../feeds/feature-builds.ts';
import { copyProject, ROOT } from '../support/project-copy.ts';
import { listFiles } from '../support/read-dist.ts';
import { runScript } from '../support/run-script.ts';
import { readIndexedPages } from './read-search-index.ts';

const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const copies: string[] = [];
let astroOnly: { dist: string; output: string };
let lowMemory: { dist: string; output: string };
let searchOff: string;

beforeAll(() => {
	// `astro build` on its own, as a developer would run it before `astro preview`.
	const dir = copyProject(`astro-build-${process.pid}`);
	copies.push(dir);
	const dist = join(dir, 'astro-only');
	const result = spawnSync(process.execPath, [ASTRO, 'build'], {
		cwd: dir,
		encoding: 'utf8',
		env: { ...process.env, SHARING_CARE_OUT_DIR: dist, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
		maxBuffer: 64 * 1024 * 1024,
	});
	if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
	astroOnly = { dist, output: result.stdout };

	// `npm run build` with a memory budget too small to index while Astro runs: the index waits for Astro to exit.
	const small = copyProject(`search-low-memory-${process.pid}`);
	copies.push(small);
	const built = runScript(small, 'build', [], { SHARING_CARE_BUILD_MEMORY_MB: '1' });
	if (built.code !== 0) throw new Error(`The low-memory build failed:\n${built.output}`);
	lowMemory = { dist: join(small, 'dist'), output: built.output };

	const off = copyProject(`search-off-${process.pid}`);
	copies.push(off);
	addToSiteConfig(off, { features: { search: false } });
	searchOff = buildCopy(off);
});

afterAll(() => {
	for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

describe('the search index inside astro build', () => {
	it('is built by astro build on its own, with the same pages as the full build', () => {
		const pages = (dist: string) => readIndexedPages(dist).map((page) => page.url).sort();
		expect(readIndexedPageCount(join(astroOnly.dist, 'pagefind'))).toBe(readIndexedPageCount(join(inject('siteDist'), 'pagefind')));
		expect(pages(astroOnly.dist)).toEqual(pages(inject('siteDist')));
	});

	it('starts while images are optimised when memory allows, and says how many pages it indexed', () => {
		const count = readIndexedPageCount(join(astroOnly.dist, 'pagefind'));
		expect(astroOnly.output).toMatch(new RegExp(`Indexed ${count} pages for search in [\\d.]+ s, started as the last page was written`));
	});

	it('waits for Astro to exit when the memory budget is too small, and indexes the same pages', () => {
		const count = readIndexedPageCount(join(inject('siteDist'), 'pagefind'));
		expect(lowMemory.output).toContain('The search index is built next, once Astro has exited, to stay within the memory budget');
		expect(lowMemory.output).toContain('→ index for search');
		expect(lowMemory.output).toContain(`Indexed ${count} pages for search`);
		expect(lowMemory.output).not.toContain('started as the last page was written');
		const pages = (dist: string) => readIndexedPages(dist).map((page) => page.url).sort();
		expect(pages(lowMemory.dist)).toEqual(pages(inject('siteDist')));
	});

	it('is not built when the site config switches search off', () => {
		expect(existsSync(join(searchOff, 'index.html'))).toBe(true);
		expect(existsSync(join(searchOff, 'pagefind'))).toBe(false);
		expect(listFiles(searchOff, '.html').filter((page) => readFileSync(join(searchOff, page), 'utf8').includes('pagefind/pagefind.js'))).toEqual([]);
	});
});
