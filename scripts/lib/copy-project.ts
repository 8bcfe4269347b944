import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The project root: the example co-op's site, and the kit's home. */
export const ROOT = resolve(import.meta.dirname, '../..');

/** The kit, as this repository keeps it: the `sharing-care` package that every site here uses by name. */
export const KIT_DIR = join(ROOT, 'packages', 'sharing-care');

/** What a site is made of besides its config and content: the files a co-op's site holds. */
const SITE_SHELL = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];
/** The site made with the kit: its config and its content. */
const SITE_FILES = ['site.config.ts', 'content'];

/** Everything the project's own build is made from, from the project root: the site, the kit and the locked packages. */
export const BUILD_SOURCES = [...SITE_SHELL, ...SITE_FILES, 'packages/sharing-care', 'package-lock.json'];

export interface CopyOptions {
	/** Copy the example site's config and content too (default), or only its shell, for a caller that brings its own. */
	site?: boolean;
	/**
	 * Give the copy a kit of its own, to change (`packages/sharing-care/` inside the copy, which its `sharing-care`
	 * resolves to), for tests of what a kit contributor changes: a new kind of entry, a new language. Otherwise the
	 * copy uses this repository's kit, as every site here does.
	 */
	ownKit?: boolean;
}

/** The kit a copy made by `copyProject` builds with: its own when it was given one. */
export function kitOf(dir: string): string {
	return existsSync(join(dir, 'packages', 'sharing-care')) ? join(dir, 'packages', 'sharing-care') : KIT_DIR;
}

/**
 * Copies the project into `.build/sites/<name>/` (node_modules linked, not copied), so a benchmark or a test can
 * change content or config and build without touching the real project. Returns the copy's folder.
 */
export function copyProject(name: string, { site = true, ownKit = false }: CopyOptions = {}): string {
	const dir = join(ROOT, '.build', 'sites', name);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	for (const file of site ? [...SITE_SHELL, ...SITE_FILES] : SITE_SHELL) {
		if (existsSync(join(ROOT, file))) cpSync(join(ROOT, file), join(dir, file), { recursive: true });
	}
	if (!ownKit) {
		symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
		return dir;
	}
	// node_modules as links to the project's packages, but `sharing-care` pointing at the copy's own kit.
	cpSync(KIT_DIR, join(dir, 'packages', 'sharing-care'), { recursive: true, filter: (source) => !source.endsWith('.test.ts') });
	const modules = join(dir, 'node_modules');
	mkdirSync(modules);
	for (const entry of readdirSync(join(ROOT, 'node_modules'))) {
		if (entry !== 'sharing-care') symlinkSync(join(ROOT, 'node_modules', entry), join(modules, entry), 'dir');
	}
	symlinkSync(join('..', 'packages', 'sharing-care'), join(modules, 'sharing-care'), 'dir');
	return dir;
}
