import { z } from 'astro/zod';
import type { ReferenceCollection } from './context.ts';

const describe: Record<ReferenceCollection, string> = {
	topics: 'topic (from content/topics.yaml)',
	people: 'person (from content/people.yaml)',
	organisations: 'organisation (from content/organisations.yaml)',
	series: 'series (from content/series.yaml)',
	minutes: 'set of minutes (a file name in content/minutes/)',
};

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
			message: `"${id}" is not a known ${describe[collection]}.${hint} Add it there first, or check the spelling.`,
		});
	});
}
