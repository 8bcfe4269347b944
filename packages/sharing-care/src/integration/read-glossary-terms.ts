import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { CONTENT_DIR } from '../config/paths.ts';
import { keyItemsById } from '../lib/entries/key-items-by-id.ts';
import type { SchemaContext } from '../schemas/context.ts';
import { glossaryTermSchema } from '../schemas/glossary.ts';
import type { LinkedTerm } from './glossary-links.ts';

/** The glossary's file, from the site's root. */
export const GLOSSARY_FILE = `${CONTENT_DIR}/glossary.yaml`;

/** Enough of a schema context to read terms: their related terms are only ids here. */
const READ_CONTEXT: SchemaContext = {
	image: () => z.never() as never,
	reference: () => z.string() as never,
};

/**
 * The glossary's terms, read from `content/glossary.yaml` when the build starts (before Astro loads the content),
 * for the term links and the glossary page's route. No file, an empty one or one that cannot be read gives none;
 * items with a problem are left out, and `npm run check`, which runs before the build, names them.
 */
export function readGlossaryTerms(root: string): LinkedTerm[] {
	const path = join(root, GLOSSARY_FILE);
	if (!existsSync(path)) return [];
	let data: unknown;
	try {
		data = parseYaml(readFileSync(path, 'utf8'));
	} catch {
		return [];
	}
	const schema = glossaryTermSchema(READ_CONTEXT);
	return Object.entries(keyItemsById(data).items).flatMap(([id, value]) => {
		const parsed = schema.safeParse(value);
		return parsed.success ? [{ id, forms: [parsed.data.term, ...(parsed.data.aliases ?? [])], definition: parsed.data.definition }] : [];
	});
}
