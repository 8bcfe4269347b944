import { fillTemplate } from '../lib/text/fill-template.ts';
import type { StringPath } from './describe-strings.ts';
import type { UiStrings } from './locales/en-GB.ts';
import type { StringOverride } from './read-site-strings.ts';

/** A copy of a group of the table with one value replaced, the groups on its path copied and everything else shared. */
function replaceAt(group: unknown, path: StringPath, value: unknown): unknown {
	const [name, ...rest] = path;
	if (name === undefined) return value;
	const copy: Record<string, unknown> = group && typeof group === 'object' && !Array.isArray(group) ? { ...group } : {};
	copy[name] = replaceAt(copy[name], rest, value);
	return copy;
}

/**
 * A site's sentence for text that takes values, as the function the table has there: each `{name}` is filled with
 * the value the function is given in that place (string-parameters.ts), a number written the site's way. Marks
 * that are not values (such as `{series}`) are left for the page to fill, as the kit's own text leaves them.
 */
function fillFrom(template: string, parameters: readonly string[], writeNumber: (value: number) => string) {
	const write = (value: unknown) => (typeof value === 'number' ? writeNumber(value) : String(value ?? ''));
	return (...values: readonly unknown[]): string => fillTemplate(template, Object.fromEntries(parameters.map((name, index) => [name, write(values[index])])));
}

/**
 * The strings table with a site's wording (`content/strings.yaml`, read by read-site-strings.ts) in place of the
 * kit's, key by key: every other piece of text stays as the table has it. `writeNumber` writes a number the site's
 * way, for the values of text that takes them.
 */
export function applySiteStrings(table: UiStrings, overrides: readonly StringOverride[], writeNumber: (value: number) => string): UiStrings {
	let strings: unknown = table;
	for (const override of overrides) {
		const value = override.kind === 'function' ? fillFrom(override.value, override.parameters, writeNumber) : override.value;
		strings = replaceAt(strings, override.path, value);
	}
	return strings as UiStrings;
}
