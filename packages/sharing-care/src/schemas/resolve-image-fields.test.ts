import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { DATA_KINDS, ENTRY_KINDS } from '../collections/index.ts';
import { IMAGE_FIELDS } from './base.ts';
import type { ReferenceCollection, ReferenceTo, SchemaContext } from './context.ts';
import { resolveImageFields } from './resolve-image-fields.ts';

const reference = <C extends ReferenceCollection>(collection: C) => z.string().transform((id): ReferenceTo<C> => ({ id, collection }));

/** An image() like Astro's: a path in, something else out, and a clear problem for a missing file. */
const image = (() =>
	z.string().transform((path, ctx) => {
		if (path.includes('missing')) {
			ctx.addIssue({ code: 'custom', message: `Image ${path} does not exist. Is the path correct?` });
			return z.NEVER;
		}
		return `resolved:${path}`;
	})) as unknown as SchemaContext['image'];

const schema = z.strictObject({ title: z.string(), cover: z.strictObject({ src: z.string(), alt: z.string() }).optional() });
const withImages = schema.transform(resolveImageFields(image));

describe('IMAGE_FIELDS', () => {
	it('names every image() field: one per listed path in every entry schema, and none in reference data', () => {
		const imageCalls = (build: (ctx: SchemaContext) => unknown) => {
			let calls = 0;
			build({ image: (() => (calls++, z.string())) as unknown as SchemaContext['image'], reference });
			return calls;
		};
		for (const kind of ENTRY_KINDS) expect(imageCalls(kind.schema), kind.id).toBe(IMAGE_FIELDS.length);
		for (const kind of DATA_KINDS) expect(imageCalls(kind.schema), kind.id).toBe(0);
	});
});

describe('resolveImageFields', () => {
	it('resolves each image field through the entry’s own image()', async () => {
		const data = await withImages.parseAsync({ title: 'T', cover: { src: './photo.jpg', alt: 'A photo' } });
		expect(data).toEqual({ title: 'T', cover: { src: 'resolved:./photo.jpg', alt: 'A photo' } });
	});

	it('leaves an entry with no picture as it is', async () => {
		expect(await withImages.parseAsync({ title: 'T' })).toEqual({ title: 'T' });
	});

	it('reports a missing picture at the field’s own path', async () => {
		const result = await withImages.safeParseAsync({ title: 'T', cover: { src: './missing.jpg', alt: 'A photo' } });
		expect(result.error?.issues).toMatchObject([{ path: ['cover', 'src'], message: 'Image ./missing.jpg does not exist. Is the path correct?' }]);
	});

	it('changes nothing in the data it was given', async () => {
		const cover = { src: './photo.jpg', alt: 'A photo' };
		await resolveImageFields(image)({ title: 'T', cover }, { addIssue: () => undefined } as never);
		expect(cover.src).toBe('./photo.jpg');
	});
});
