import { z } from 'astro/zod';
import { dataKind, entryKind, isDataCollection } from '../collections/index.ts';
import type { ReferenceCollection } from './context.ts';

/** What a reference names, and where it is declared: "topic (from content/topics.yaml)". */
function describe(collection: ReferenceCollection): string {
	if (isDataCollection(collection)) return `${dataKind(collection).labels.singular} (from content/${collection}.yaml)`;
	return `${entryKind(collection).labels.singular} (a file name in content/${collection}/)`;
}

/**
 * A string id that must be one of the known ids (a set, or a function that reads it when a value is checked),
 * with a message that suggests close matches.
 * Astro's own `reference()` does not check that the id exists; this runs before it.
 */
export function knownReference(collection: ReferenceCollection, knownIds: ReadonlySet<string> | (() => ReadonlySet<string>)) {
	return z.string().superRefine((id, ctx) => {
		const known = typeof knownIds === 'function' ? knownIds() : knownIds;
		if (known.has(id)) return;
		const suggestions = [...known].filter((candidate) => candidate.includes(id) || id.includes(candidate)).slice(0, 3);
		const hint = suggestions.length ? ` Did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?` : '';
		ctx.addIssue({
			code: 'custom',
			message: `"${id}" is not a known ${describe(collection)}.${hint} Add it there first, or check the spelling.`,
		});
	});
}
