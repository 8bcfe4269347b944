import { describe, expect, it } from 'vitest';
import { choosePlural } from './choose-plural.ts';

describe('choosePlural', () => {
	const results = { one: '{count} result', other: '{count} results' };

	it('chooses the singular for one and the plural for any other count in English', () => {
		expect(choosePlural(results, 1, 'en-GB')).toBe('{count} result');
		expect(choosePlural(results, 0, 'en-GB')).toBe('{count} results');
		expect(choosePlural(results, 2, 'en-GB')).toBe('{count} results');
	});

	it('follows the plural rules of the language, such as the Welsh dual', () => {
		const welsh = { one: 'un', two: 'dau', few: 'ychydig', many: 'llawer', other: 'arall' };
		expect(choosePlural(welsh, 2, 'cy')).toBe('dau');
		expect(choosePlural(welsh, 3, 'cy')).toBe('ychydig');
		expect(choosePlural(welsh, 6, 'cy')).toBe('llawer');
	});

	it('falls back to the other form when a language form is left out', () => {
		expect(choosePlural({ other: 'items' }, 1, 'en-GB')).toBe('items');
	});
});
