import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { CONTENT_DIR, ENTRY_PATTERN } from './data/paths.ts';
import { readKnownIds } from './data/read-known-ids.ts';
import type { ReferenceCollection, ReferenceTo, SchemaContext } from './schemas/context.ts';
import { knownReference } from './schemas/known-reference.ts';
import { resolveImageFields } from './schemas/resolve-image-fields.ts';
import { auditSchema } from './schemas/audits.ts';
import { blogSchema } from './schemas/blog.ts';
import { minutesSchema } from './schemas/minutes.ts';
import { practiceSchema } from './schemas/practice.ts';
import { organisationSchema, personSchema, seriesSchema, topicSchema } from './schemas/reference-data.ts';
import { reportSchema } from './schemas/reports.ts';

const referenceSchemas = new Map<ReferenceCollection, z.ZodType>();

/**
 * Astro's reference(), behind a check that the id exists. Built once per collection: the known ids are
 * read when a value is checked (and re-read only when the file changes), so the dev server sees new ones.
 */
const checkedReference: SchemaContext['reference'] = <C extends ReferenceCollection>(collection: C) => {
	if (!referenceSchemas.has(collection)) {
		referenceSchemas.set(collection, knownReference(collection, () => readKnownIds(collection)).pipe(reference(collection)));
	}
	return referenceSchemas.get(collection) as unknown as z.ZodType<ReferenceTo<C>>;
};

const entries = (folder: string) => glob({ pattern: ENTRY_PATTERN, base: `./${CONTENT_DIR}/${folder}` });
const data = (name: string) => file(`./${CONTENT_DIR}/${name}.yaml`);
/**
 * Astro calls a collection's schema function once per entry, to give it an `image()` bound to that entry's file.
 * Building the whole schema again for every entry cost more than checking the entry, so each collection's schema
 * is built once, with its image fields (IMAGE_FIELDS) checked as text, and each entry adds only a small last step
 * that resolves those fields through its own `image()`. The result has the full schema's output, hence the type.
 */
const withContext = <T extends z.ZodType>(schema: (ctx: SchemaContext) => T) => {
	let shared: z.ZodType<Record<string, unknown>> | undefined;
	return ({ image }: { image: SchemaContext['image'] }): T => {
		shared ??= schema({ image: () => z.string() as unknown as ReturnType<SchemaContext['image']>, reference: checkedReference }) as unknown as z.ZodType<Record<string, unknown>>;
		return shared.transform(resolveImageFields(image)) as unknown as T;
	};
};

export const collections = {
	reports: defineCollection({ loader: entries('reports'), schema: withContext(reportSchema) }),
	audits: defineCollection({ loader: entries('audits'), schema: withContext(auditSchema) }),
	practice: defineCollection({ loader: entries('practice'), schema: withContext(practiceSchema) }),
	blog: defineCollection({ loader: entries('blog'), schema: withContext(blogSchema) }),
	minutes: defineCollection({ loader: entries('minutes'), schema: withContext(minutesSchema) }),
	topics: defineCollection({ loader: data('topics'), schema: topicSchema }),
	organisations: defineCollection({ loader: data('organisations'), schema: organisationSchema }),
	people: defineCollection({ loader: data('people'), schema: withContext(personSchema) }),
	series: defineCollection({ loader: data('series'), schema: seriesSchema }),
};
