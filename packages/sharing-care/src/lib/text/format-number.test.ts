import { describe, expect, it } from 'vitest';
import { formatNumber } from './format-number.ts';

describe('formatNumber', () => {
	it('groups thousands as British English does', () => {
		expect(formatNumber(1234567, 'en-GB')).toBe('1,234,567');
	});

	it('writes a number the way the locale asks, not always in British English', () => {
		expect(formatNumber(1234, 'de-DE')).toBe('1.234');
		expect(formatNumber(1234.5, 'fr-FR')).toBe('1\u202f234,5');
		expect(formatNumber(12, 'ar-EG')).toBe('١٢');
	});

	it('leaves small whole numbers as they are', () => {
		expect(formatNumber(7, 'en-GB')).toBe('7');
	});
});
