import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The project root. */
export const ROOT = resolve(import.meta.dirname, '../..');

/** The kit itself: what every copy takes from the project. */
const KIT_FILES = ['src', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json'];
/** The site made with the kit: its config and its content. */
const SITE_FILES = ['site.config.ts', 'content'];

/**
 * Copies the project into `.build/sites/<name>/` (node_modules linked, not copied), so a benchmark or a test can
 * change content or config and build without touching the real project. With `site: false` only the kit is
 * copied, for a caller that brings its own `site.config.ts` and `content/`. Returns the copy's folder.
 */
export function copyProject(name: string, { site = true }: { site?: boolean } = {}): string {
	const dir = join(ROOT, '.build', 'sites', name);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	for (const file of site ? [...KIT_FILES, ...SITE_FILES] : KIT_FILES) {
		if (existsSync(join(ROOT, file))) cpSync(join(ROOT, file), join(dir, file), { recursive: true });
	}
	symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
	return dir;
}
