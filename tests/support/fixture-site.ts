import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { copyProject, ROOT } from '../../scripts/lib/copy-project.ts';
import type { SiteConfigInput } from 'sharing-care/config';
import fixtureConfig from '../fixture-site/site.config.ts';
import { FIXTURE_DOCUMENTS } from './fixture-documents.ts';
import { writeSiteConfig } from './site-config-file.ts';

export { fixtureConfig, ROOT };

/**
 * The fixture site: the config and content every shared test build is made from (never the project's own
 * content/ or site.config.ts, which a fork replaces). Its entries cover what the tests need: each kind of
 * entry, a series, authors with and without a role, minutes with decisions and actions, drafts and scheduled
 * entries, an MDX post, pictures, and links written from the site root.
 */
export const FIXTURE_SITE = join(ROOT, 'tests', 'fixture-site');

/** Words that appear only in the fixture site's unpublished entries: none may appear anywhere in a build. */
export const UNPUBLISHED_MARKERS = ['quokkaballoons', 'marmosetlanterns', 'pangolinharbour', 'narwhalcompass'] as const;

/** The fixture pictures, drawn when a copy is made so no binary file is kept in the repository. */
const PICTURES: Record<string, string> = {
	'blog/feed-fixture-photo.png': `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900"><rect width="1600" height="900" fill="#1b5e4a"/><rect y="300" width="1600" height="300" fill="#ffdd00"/></svg>`,
};

/** Writes the fixture site's config and content into `dir`, a site's folder, with its pictures and documents (tests/support/fixture-documents.ts). */
export async function writeFixtureSite(dir: string): Promise<void> {
	cpSync(join(FIXTURE_SITE, 'site.config.ts'), join(dir, 'site.config.ts'));
	cpSync(join(FIXTURE_SITE, 'content'), join(dir, 'content'), { recursive: true });
	for (const [file, svg] of Object.entries(PICTURES))
		await sharp(Buffer.from(svg))
			.png()
			.toFile(join(dir, 'content', file));
	for (const { file, bytes } of Object.values(FIXTURE_DOCUMENTS)) writeFileSync(join(dir, 'content', file), bytes);
}

/**
 * A buildable site in `.build/sites/<name>/` with the fixture site's config and content, using this repository's
 * kit (or, with `ownKit`, a copy of it the test may change). Returns its folder.
 */
export async function copyFixtureSite(name: string, { ownKit = false }: { ownKit?: boolean } = {}): Promise<string> {
	const dir = copyProject(name, { site: false, ownKit });
	await writeFixtureSite(dir);
	return dir;
}

/**
 * A folder that `validateProject` (the checker behind `npm run check`) can check in the test's own process:
 * the fixture site's content, and `config` (the fixture site's own by default) as its `site.config.ts`, which
 * imports the kit's schema from the project. Each config needs a folder of its own, as a module is loaded once.
 */
export async function writeCheckableSite(name: string, config: SiteConfigInput = fixtureConfig): Promise<string> {
	const dir = join(ROOT, '.build', 'sites', name);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	await writeFixtureSite(dir);
	writeSiteConfig(dir, config);
	return dir;
}
