const kind = (value: unknown) => (Array.isArray(value) ? 'list' : value === null ? 'null' : typeof value);

/**
 * The entries of a translated strings table that the reference table (British English) has and it lacks, or
 * has as another kind of value (a sentence where a function should be), by path: `search.results.prompt`.
 * Lists may hold any number of items, and plural forms (objects with an `other` form) need only `other`, since
 * languages have different plural forms.
 */
export function findMissingStrings(table: unknown, reference: unknown, path = ''): string[] {
	if (kind(table) !== kind(reference)) return [path || '(the whole table)'];
	if (kind(reference) !== 'object') return [];
	const expected = reference as Record<string, unknown>;
	const given = table as Record<string, unknown>;
	const keys = 'other' in expected && typeof expected.other === 'string' ? ['other'] : Object.keys(expected);
	return keys.flatMap((key) => (key in given ? findMissingStrings(given[key], expected[key], path ? `${path}.${key}` : key) : [path ? `${path}.${key}` : key]));
}
