import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The project root. */
export const ROOT = resolve(import.meta.dirname, '../..');

/** What a copy of the project needs to build: the sources, the content and the config, not the output. */
const PROJECT_FILES = ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'site.config.ts', 'package.json', 'tsconfig.json'];

/**
 * Copies the project into `.build/sites/<name>/` (node_modules linked, not copied), so a benchmark or a test can
 * change content or config and build without touching the real project. Returns the copy's folder.
 */
export function copyProject(name: string): string {
	const dir = join(ROOT, '.build', 'sites', name);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	for (const file of PROJECT_FILES) {
		if (existsSync(join(ROOT, file))) cpSync(join(ROOT, file), join(dir, file), { recursive: true });
	}
	symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
	return dir;
}
