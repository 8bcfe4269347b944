import { z } from 'astro/zod';

/**
 * A string id that must be one of the known ids (a set, or a function that reads it when a value is checked),
 * with a message that names `what` the id should name and where those are declared ("topic (from
 * content/topics.yaml)": `describeReference` in src/collections/ writes it) and suggests close matches.
 * Astro's own `reference()` does not check that the id exists; this runs before it.
 */
export function knownReference(what: string, knownIds: ReadonlySet<string> | (() => ReadonlySet<string>)) {
	return z.string().superRefine((id, ctx) => {
		const known = typeof knownIds === 'function' ? knownIds() : knownIds;
		if (known.has(id)) return;
		const suggestions = [...known].filter((candidate) => candidate.includes(id) || id.includes(candidate)).slice(0, 3);
		const hint = suggestions.length ? ` Did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?` : '';
		ctx.addIssue({
			code: 'custom',
			message: `"${id}" is not a known ${what}.${hint} Add it there first, or check the spelling.`,
		});
	});
}
