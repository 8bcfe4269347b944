import { existsSync } from 'node:fs';
import { defineCollection, reference } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { describeReference } from '../collections/describe-reference.ts';
import { DATA_KINDS, ENTRY_GLOB, ENTRY_KINDS } from '../collections/index.ts';
import type { DataKind, EntryKind } from '../collections/index.ts';
import { CONTENT_DIR } from '../config/paths.ts';
import { projectRoot } from '../config/project-root.ts';
import { besideContentCheck } from './content-check-gate.ts';
import { readKnownIds } from './read-known-ids.ts';
import { keyItemsById } from '../lib/entries/key-items-by-id.ts';
import type { ReferenceCollection, ReferenceTo, SchemaContext } from '../schemas/context.ts';
import { knownReference } from '../schemas/known-reference.ts';
import { resolveImageFields } from '../schemas/resolve-image-fields.ts';

const referenceSchemas = new Map<ReferenceCollection, z.ZodType>();

/**
 * Astro's reference(), behind a check that the id exists. Built once per collection: the known ids are
 * read from the site's folder when a value is checked (and re-read only when the file changes), so the dev server
 * sees new ones.
 */
const checkedReference: SchemaContext['reference'] = <C extends ReferenceCollection>(collection: C) => {
	if (!referenceSchemas.has(collection)) {
		referenceSchemas.set(collection, knownReference(describeReference(collection), () => readKnownIds(collection, projectRoot)).pipe(reference(collection)));
	}
	return referenceSchemas.get(collection) as unknown as z.ZodType<ReferenceTo<C>>;
};

/**
 * Astro calls a collection's schema function once per entry, to give it an `image()` bound to that entry's file.
 * Building the whole schema again for every entry cost more than checking the entry, so each collection's schema
 * is built once, with its image fields (IMAGE_FIELDS) checked as text, and each entry adds only a small last step
 * that resolves those fields through its own `image()`. The result has the full schema's output, hence the type.
 */
const withContext = <T extends z.ZodType>(schema: (ctx: SchemaContext) => T) => {
	let shared: z.ZodType<Record<string, unknown>> | undefined;
	return ({ image }: { image: SchemaContext['image'] }): T => {
		shared ??= schema({ image: () => z.string() as unknown as ReturnType<SchemaContext['image']>, reference: checkedReference }) as unknown as z.ZodType<
			Record<string, unknown>
		>;
		return shared.transform(resolveImageFields(image)) as unknown as T;
	};
};

/** An entry collection: the Markdown and MDX files in `content/<id>/`. */
const entryCollection = <S extends z.ZodObject>(kind: EntryKind<string, S>) =>
	defineCollection({ loader: besideContentCheck(glob({ pattern: ENTRY_GLOB, base: `./${CONTENT_DIR}/${kind.id}` })), schema: withContext(kind.schema) });

/** Reads `content/<id>.yaml`; a file a site may leave out (`optional`) is an empty collection while it is not there. */
function dataLoader(kind: DataKind): Loader {
	const path = `./${CONTENT_DIR}/${kind.id}.yaml`;
	const loader = besideContentCheck(file(path, { parser: (text) => keyItemsById(parseYaml(text)).items }));
	if (!kind.optional) return loader;
	return { name: loader.name, load: async (context) => (existsSync(new URL(path, context.config.root)) ? loader.load(context) : context.store.clear()) };
}

/**
 * A reference-data collection: the list in `content/<id>.yaml`, each item keyed by its `id` (`keyItemsById`).
 * Items with a problem are left out here; `npm run check`, which runs before the build, names them.
 */
const dataCollection = <S extends z.ZodObject>(kind: DataKind<string, S>) =>
	defineCollection({ loader: dataLoader(kind as DataKind), schema: withContext(kind.schema) });

type SchemaOf<K> = K extends { schema: (ctx: SchemaContext) => infer S extends z.ZodObject } ? S : never;

/** One Astro collection per kind in the registry (src/collections/), each typed by its own schema. */
type Collections = {
	[K in (typeof ENTRY_KINDS)[number] as K['id']]: ReturnType<typeof entryCollection<SchemaOf<K>>>;
} & {
	[K in (typeof DATA_KINDS)[number] as K['id']]: ReturnType<typeof dataCollection<SchemaOf<K>>>;
};

export const collections = Object.fromEntries([
	...ENTRY_KINDS.map((kind) => [kind.id, entryCollection(kind as EntryKind)]),
	...DATA_KINDS.map((kind) => [kind.id, dataCollection(kind as DataKind)]),
]) as Collections;
