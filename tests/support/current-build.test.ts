import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isBuildCurrent, newestChange } from './current-build.ts';

let root: string;
const at = (path: string, seconds: number) => utimesSync(join(root, path), seconds, seconds);
const write = (path: string, seconds: number) => {
	mkdirSync(join(root, path, '..'), { recursive: true });
	writeFileSync(join(root, path), path);
	at(path, seconds);
};

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'current-build-'));
	write('content/blog/a.md', 100);
	write('content/blog/b.md', 200);
	write('site.config.ts', 150);
	at('content/blog', 100);
	at('content', 100);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('newestChange', () => {
	it('gives the time of the newest file in a folder, however deep', () => {
		expect(newestChange(join(root, 'content'))).toBe(200_000);
	});

	it('leaves out node_modules', () => {
		write('content/node_modules/x/index.js', 900);
		at('content/node_modules/x', 100);
		at('content/node_modules', 100);
		at('content', 100);
		expect(newestChange(join(root, 'content'))).toBe(200_000);
	});

	it('gives 0 for a path that is not there', () => {
		expect(newestChange(join(root, 'public'))).toBe(0);
	});
});

describe('isBuildCurrent', () => {
	const sources = ['content', 'site.config.ts', 'public'];

	it('is true when the build was written after every source last changed', () => {
		write('dist/index.html', 300);
		expect(isBuildCurrent(root, join(root, 'dist'), sources)).toBe(true);
	});

	it('is false when any source changed after the build', () => {
		write('dist/index.html', 300);
		write('content/blog/b.md', 400);
		expect(isBuildCurrent(root, join(root, 'dist'), sources)).toBe(false);
	});

	it('is false when there is no build', () => {
		expect(isBuildCurrent(root, join(root, 'dist'), sources)).toBe(false);
	});
});
