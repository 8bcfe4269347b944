import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrast-ratio.ts';

describe('contrastRatio', () => {
	it('gives 21:1 for black on white, either way round', () => {
		expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
		expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5);
	});

	it('gives 1:1 for a colour on itself', () => {
		expect(contrastRatio('#1b5e4a', '#1b5e4a')).toBe(1);
	});

	it('matches the published WCAG figure for grey #767676 on white (4.54:1)', () => {
		expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
	});
});
