import type { ImageMetadata } from 'astro';
import type { z } from 'astro/zod';

/** Collections that entries point to by id. */
export type ReferenceCollection = 'topics' | 'people' | 'organisations' | 'series' | 'glossary' | 'minutes';

/** What a reference becomes once validated: the id and the collection it belongs to. */
export interface ReferenceTo<C extends ReferenceCollection> {
	id: string;
	collection: C;
}

/**
 * What a schema needs from its surroundings. Astro supplies `image()` and `reference()` when it builds;
 * the content checker and the unit tests supply plain versions, so one schema serves all three.
 */
export interface SchemaContext {
	/** A local image, resolved relative to the entry file. */
	image: () => z.ZodType<ImageMetadata>;
	/** The id of an entry in another collection; an unknown id is an error. */
	reference: <C extends ReferenceCollection>(collection: C) => z.ZodType<ReferenceTo<C>>;
}
