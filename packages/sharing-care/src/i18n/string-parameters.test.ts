import { describe, expect, it } from 'vitest';
import strings from './locales/en-GB.ts';
import { STRING_PARAMETERS } from './string-parameters.ts';

/** Every function of a strings table, by its key (`facts.period`). */
function functionsOf(table: object, prefix = ''): Map<string, (...values: never[]) => unknown> {
	const found = new Map<string, (...values: never[]) => unknown>();
	for (const [name, value] of Object.entries(table)) {
		if (typeof value === 'function') found.set(`${prefix}${name}`, value as (...values: never[]) => unknown);
		else if (value && typeof value === 'object' && !Array.isArray(value))
			for (const [key, inner] of functionsOf(value, `${prefix}${name}.`)) found.set(key, inner);
	}
	return found;
}

/** A function's parameter names, read from its source: `(start, end) => …` gives `['start', 'end']`. */
function parameterNamesOf(value: (...values: never[]) => unknown): string[] {
	const list = /^\s*(?:function\b[^(]*)?\(([^)]*)\)/.exec(String(value))?.[1] ?? '';
	return list
		.split(',')
		.map((parameter) => parameter.replace(/[:=].*$/s, '').trim())
		.filter(Boolean);
}

describe('STRING_PARAMETERS', () => {
	const functions = functionsOf(strings);

	it('names the values of every function in the strings table, and of nothing else', () => {
		expect(functions.size).toBeGreaterThan(20);
		expect(Object.keys(STRING_PARAMETERS).sort()).toEqual([...functions.keys()].sort());
	});

	it('gives each function’s own parameter names, in its order', () => {
		for (const [key, value] of functions) expect(STRING_PARAMETERS[key as keyof typeof STRING_PARAMETERS], key).toEqual(parameterNamesOf(value));
	});
});
