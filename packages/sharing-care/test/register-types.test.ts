import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

/** The hook every process the kit starts loads first (`node --import …/register-types.mjs`). */
const REGISTER = fileURLToPath(new URL('../bin/register-types.mjs', import.meta.url));
/** A module of the kit's, in TypeScript, and the package it reads YAML with. */
const MODULE = new URL('../src/validation/read-frontmatter.ts', import.meta.url).href;

/** This process's environment without the compile cache's settings (Node reads NODE_DISABLE_COMPILE_CACHE as set even when empty). */
const { NODE_COMPILE_CACHE: _cache, NODE_DISABLE_COMPILE_CACHE: _disabled, ...withoutCacheSettings } = process.env;

const caches: string[] = [];
afterAll(() => caches.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Reads a file's frontmatter with MODULE in a Node process of its own with the hook, its compile cache in a new folder; returns that folder's files. */
function loadWithCache(env: Record<string, string> = {}): { status: number | null; stdout: string; cached: string[] } {
	const cache = mkdtempSync(join(tmpdir(), 'sharing-care-compile-cache-'));
	caches.push(cache);
	const { status, stdout } = spawnSync(
		process.execPath,
		[
			'--import',
			REGISTER,
			'--input-type=module',
			'-e',
			`const { readFrontmatter } = await import(${JSON.stringify(MODULE)}); console.log(readFrontmatter('---\\ntitle: Minutes\\n---\\n').data.title);`,
		],
		{ encoding: 'utf8', env: { ...withoutCacheSettings, NODE_COMPILE_CACHE: cache, ...env } },
	);
	return { status, stdout: stdout.trim(), cached: readdirSync(cache, { recursive: true }).map(String) };
}

describe('bin/register-types.mjs', () => {
	it('keeps the kit’s modules compiled in Node’s compile cache, so the next command starts faster', () => {
		const { status, stdout, cached } = loadWithCache();
		expect(status).toBe(0);
		expect(stdout).toBe('Minutes');
		expect(cached.length).toBeGreaterThan(0);
	});

	it('keeps nothing when NODE_DISABLE_COMPILE_CACHE is set', () => {
		const { status, stdout, cached } = loadWithCache({ NODE_DISABLE_COMPILE_CACHE: '1' });
		expect(status).toBe(0);
		expect(stdout).toBe('Minutes');
		expect(cached).toEqual([]);
	});
});
