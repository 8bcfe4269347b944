import { readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KIT_DIR, ROOT } from '../../scripts/lib/copy-project.ts';

const manifest = (dir: string) =>
	JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string; version: string; dependencies?: Record<string, string> };
const kit = manifest(KIT_DIR);

describe('the example site and the kit', () => {
	it('asks for the kit by its package name at the kit’s own version, so npm links the workspace', () => {
		// A range the kit's version fell outside of would have npm fetch a published kit instead (CONTRIBUTING.md, releases).
		expect(manifest(ROOT).dependencies?.[kit.name]).toBe(`^${kit.version}`);
	});

	it('builds with the kit of this repository, linked, never a copy from the registry', () => {
		expect(realpathSync(join(ROOT, 'node_modules', kit.name))).toBe(realpathSync(KIT_DIR));
	});

	it('is not the kit: the site and the kit have names of their own', () => {
		expect(manifest(ROOT).name).not.toBe(kit.name);
	});
});
