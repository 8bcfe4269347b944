import { z } from 'astro/zod';
import type { ReferenceCollection, ReferenceTo, SchemaContext } from '../schemas/context.ts';

/** What the editor needs to know about a field that its zod type does not say: the collection a reference names, or that it is a picture. */
export interface FieldMark {
	reference?: ReferenceCollection;
	image?: true;
}

/**
 * The marks of the fields built through EDITOR_CONTEXT. A zod registry, so a field keeps its mark through
 * `.describe()` and `.optional()`, which copy or wrap it.
 */
export const FIELD_MARKS = z.registry<FieldMark>();

/**
 * A schema context that builds a schema only to read its fields, for the editor's config: pictures and references
 * are plain text, marked (FIELD_MARKS) with what they are, since which collection a reference names is lost
 * otherwise.
 */
export const EDITOR_CONTEXT: SchemaContext = {
	image: () => z.string().register(FIELD_MARKS, { image: true }) as unknown as ReturnType<SchemaContext['image']>,
	reference: <C extends ReferenceCollection>(collection: C) =>
		z.string().register(FIELD_MARKS, { reference: collection }) as unknown as z.ZodType<ReferenceTo<C>>,
};
