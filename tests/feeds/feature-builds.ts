import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { copyProject } from '../support/project-copy.ts';
import { runScript } from '../support/run-script.ts';

/** Adds settings (such as `features`) to the site config of a project copy, as a fork would write them. */
export function addToSiteConfig(dir: string, fields: Record<string, unknown>): void {
	const file = join(dir, 'site.config.ts');
	let source = readFileSync(file, 'utf8');
	for (const [name, value] of Object.entries(fields)) {
		if (new RegExp(`\\b${name}\\s*:`).test(source)) throw new Error(`site.config.ts already sets ${name}: update this helper`);
		source = source.replace('defineSiteConfig({', `defineSiteConfig({\n\t${name}: ${JSON.stringify(value)},`);
	}
	writeFileSync(file, source);
}

/** Builds a project copy and returns its dist folder; throws with the build output if the build fails. */
export function buildCopy(dir: string, env: Record<string, string> = {}): string {
	const result = runScript(dir, 'build', [], env);
	if (result.code !== 0) throw new Error(`The build in ${dir} failed:\n${result.output}`);
	return join(dir, 'dist');
}

/** How many generated posts the large build adds: more than a feed holds. */
export const BULK_POSTS = 55;

/** The date of generated post `index` (0-based): one a day from 1 June 2025, so higher numbers are newer. */
export const bulkDate = (index: number) => new Date(Date.UTC(2025, 5, 1 + index));

/**
 * A project copy with extra content for the feed tests: an MDX post and a Markdown post with pictures
 * (the newest entries), and BULK_POSTS short generated posts, so feeds have more than they may hold.
 */
export async function makeLargeProject(name: string): Promise<string> {
	const dir = copyProject(name);
	const blog = join(dir, 'content', 'blog');
	cpSync(join(import.meta.dirname, 'fixtures', 'blog'), blog, { recursive: true });
	// A striped picture, made here so no binary file is kept in the repository.
	const stripes = Buffer.from(
		`<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900"><rect width="1600" height="900" fill="#1b5e4a"/><rect y="300" width="1600" height="300" fill="#ffdd00"/></svg>`,
	);
	await sharp(stripes).png().toFile(join(blog, 'feed-fixture-photo.png'));
	for (let index = 0; index < BULK_POSTS; index++) {
		const number = String(index + 1).padStart(2, '0');
		writeFileSync(
			join(blog, `feed-bulk-${number}.md`),
			`---\ntitle: Generated post ${number}\nsummary: A short generated post, number ${number}, to fill the feeds.\ndate: ${bulkDate(index).toISOString().slice(0, 10)}\ntopics: [small-care-providers]\n---\n\nGenerated text for post ${number}.\n`,
		);
	}
	return dir;
}
