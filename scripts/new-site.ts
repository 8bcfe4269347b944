/**
 * Turns a fork into a blank site of your own:
 *
 *   npm run new-site
 *
 * Removes every example entry from content/ (reports, audits, practice examples, blog posts, minutes),
 * replaces people, organisations and series with one example each, and writes one commented example entry
 * per type as a draft (never published; the preview shows it). Keeps the topics, the glossary, the content model
 * and everything else. Resets site.config.ts to placeholders that `npm run check` flags until they are filled in.
 *
 * It asks before removing anything; `npm run new-site -- --yes` skips the question (for automated runs).
 */
import { cpSync, existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { ENTRY_COLLECTIONS } from '../packages/sharing-care/src/collections/index.ts';
import { CONTENT_DIR } from '../packages/sharing-care/src/data/paths.ts';
import { renderBlankSiteConfig } from '../packages/sharing-care/src/lib/entries/render-blank-site-config.ts';

const root = process.cwd();
const templates = join(import.meta.dirname, 'templates', 'new-site', CONTENT_DIR);
/** Reference data replaced by the templates' examples; topics.yaml is kept as the skeleton to edit. */
const RESET_DATA = ['people.yaml', 'organisations.yaml', 'series.yaml'];
/** Files that keep an empty folder in git. */
const KEEP = new Set(['.gitkeep']);

/** Every file and folder of the example content that goes, relative to the project root. */
function exampleContent(): string[] {
	const paths: string[] = [];
	for (const collection of ENTRY_COLLECTIONS) {
		const dir = join(root, CONTENT_DIR, collection);
		if (!existsSync(dir)) continue;
		for (const name of readdirSync(dir)) if (!KEEP.has(name)) paths.push(join(CONTENT_DIR, collection, name));
	}
	return paths.sort();
}

async function confirmed(count: number): Promise<boolean> {
	if (process.argv.includes('--yes')) return true;
	const warning = `This removes the ${count} example entries and files in ${CONTENT_DIR}/ and resets site.config.ts, for a blank site of your own.`;
	if (!process.stdin.isTTY) {
		console.error(`${warning}\nTo go ahead, run:  npm run new-site -- --yes`);
		return false;
	}
	const prompt = createInterface({ input: process.stdin, output: process.stdout });
	const answer = await prompt.question(`${warning}\nType yes to go ahead: `);
	prompt.close();
	return answer.trim().toLowerCase() === 'yes';
}

const removals = exampleContent();
if (!(await confirmed(removals.length))) {
	console.error('Nothing was changed.');
	process.exit(1);
}

for (const path of removals) rmSync(join(root, path), { recursive: true, force: true });
for (const file of RESET_DATA) rmSync(join(root, CONTENT_DIR, file), { force: true });
cpSync(templates, join(root, CONTENT_DIR), { recursive: true });
writeFileSync(join(root, 'site.config.ts'), renderBlankSiteConfig());

const examples = readdirSync(templates, { recursive: true, encoding: 'utf8' })
	.filter((name) => name.endsWith('.md'))
	.map((name) => join(CONTENT_DIR, name))
	.sort();
console.log(`✓ This is now a blank site of your own.

Removed the ${removals.length} example entries and their files. Kept ${relative(root, join(root, CONTENT_DIR, 'topics.yaml'))} (edit the topics to suit you), ${relative(root, join(root, CONTENT_DIR, 'glossary.yaml'))} if there is one (keep the terms your entries use) and the content model.
Wrote one example of each type of entry, as drafts that are never published:
${examples.map((file) => `  ${file}`).join('\n')}
People, organisations and series now hold one example each (used by those drafts).

Next:
  1. Open site.config.ts and replace every "WRITE" placeholder (the comments say what goes there).
  2. Run  npm run check   : it lists anything still to fill in.
  3. Add your content: copy an example, or start one with  npm run new -- blog "Your first post".
  4. Run  npm run dev  to preview, and  npm run build  to publish. FORKING.md has the details.`);
