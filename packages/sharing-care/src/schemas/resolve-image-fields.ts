import type { z } from 'astro/zod';
import { IMAGE_FIELDS } from './base.ts';
import type { SchemaContext } from './context.ts';

type Data = Record<string, unknown>;

/**
 * A last step for an entry schema that was built with its image fields checked as text: resolves each field in
 * IMAGE_FIELDS through the entry's own `image()`, reporting any problem at the field's own path. Returns a copy
 * of the data; fields that are absent are left absent.
 */
export function resolveImageFields(image: SchemaContext['image']) {
	return async (data: Data, ctx: z.RefinementCtx<Data>): Promise<Data> => {
		let resolved = data;
		for (const path of IMAGE_FIELDS) {
			const parents = path.slice(0, -1);
			const key = path.at(-1)!;
			const parent = parents.reduce<unknown>((value, name) => (value as Data | undefined)?.[name], resolved) as Data | undefined;
			if (parent?.[key] === undefined) continue;
			const result = await image().safeParseAsync(parent[key]);
			if (!result.success) {
				for (const issue of result.error.issues) ctx.addIssue({ ...issue, path: [...path, ...issue.path] } as Parameters<typeof ctx.addIssue>[0]);
				continue;
			}
			resolved = setAt(resolved, path, result.data);
		}
		return resolved;
	};
}

/** A copy of `data` with the value at `path` replaced, copying only the objects along the path. */
function setAt(data: Data, path: readonly string[], value: unknown): Data {
	const [head, ...rest] = path;
	if (head === undefined) return data;
	return { ...data, [head]: rest.length ? setAt((data[head] ?? {}) as Data, rest, value) : value };
}
