import { z } from 'astro/zod';
import type { SchemaContext } from '../schemas/context.ts';
import type { EntryKind } from './define-collection.ts';

/** A context that builds a schema only to read its fields: pictures and references are plain text. */
const READING: SchemaContext = { image: () => z.string() as never, reference: () => z.string() as never };

/**
 * An entry kind's frontmatter fields by name (its schema's shape), built only to read them: their hints and
 * choices, for the file `npm run new` writes. Not for checking an entry: pictures and references are plain text.
 */
export function readEntryFields(kind: EntryKind): Record<string, z.ZodType> {
	return kind.schema(READING).shape as Record<string, z.ZodType>;
}
