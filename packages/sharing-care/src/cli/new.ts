/**
 * Starts a new entry with valid frontmatter, as a draft:
 *
 *   npm run new -- minutes "Board meeting, 12 March 2025"
 *   npm run new -- blog "What we learned from our first AGM"
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ENTRY_COLLECTIONS, entryKind, isEntryCollection } from '../collections/index.ts';
import { readEntryFields } from '../collections/read-entry-fields.ts';
import { CONTENT_DIR } from '../config/paths.ts';
import { newEntryTemplate } from '../lib/entries/new-entry-template.ts';
import { slugify } from '../lib/text/slugify.ts';

const [collection, title] = process.argv.slice(2);
const usage = `Usage: npm run new -- <type> "<title>"\n  <type> is one of: ${ENTRY_COLLECTIONS.join(', ')}\n  Example: npm run new -- minutes "Board meeting, 12 March 2025"`;

if (!collection || !isEntryCollection(collection) || !title?.trim()) {
	console.error(usage);
	process.exit(1);
}

const today = new Date().toISOString().slice(0, 10);
const slug = slugify(title);
if (!slug) {
	console.error(`The title "${title}" has no letters or numbers to make a file name from.\n${usage}`);
	process.exit(1);
}
const dir = join(process.cwd(), CONTENT_DIR, collection);
const file = join(dir, `${slug}.md`);
if (existsSync(file) || existsSync(`${file}x`)) {
	console.error(`${relative(process.cwd(), file)} already exists. Choose a different title, or edit that file.`);
	process.exit(1);
}
mkdirSync(dir, { recursive: true });
const kind = entryKind(collection);
writeFileSync(file, newEntryTemplate({ ...kind, shape: readEntryFields(kind) }, title.trim(), today));
console.log(`Created ${relative(process.cwd(), file)} as a draft.

Next:
  1. Open it and replace every line marked "WRITE:" (the comments say what to put there).
  2. Run  npm run check   to see anything still to fix.
  3. Run  npm run dev     and open http://localhost:4321/${collection}/${slug}/ to preview it (drafts show there, marked).
  4. When it is ready, change  draft: true  to  draft: false  and publish with  npm run build.`);
