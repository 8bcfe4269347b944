/** A `{name}` mark in a sentence, as `fillTemplate` fills it (fill-template.ts). */
const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * The names of the `{name}` marks in a sentence from the strings table, each once, in the order they first appear:
 * `findPlaceholders('{date}: {note}')` is `['date', 'note']`.
 */
export function findPlaceholders(text: string): string[] {
	return [...new Set(Array.from(text.matchAll(PLACEHOLDER), (match) => match[1]!))];
}
