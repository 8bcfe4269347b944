import { describe, expect, it } from 'vitest';
import { findClosest } from './find-closest.ts';

const keys = ['home.startHere', 'home.byType', 'layout.skipLink', 'topics.count'];

describe('findClosest', () => {
	it('finds the word a typing mistake meant, case ignored', () => {
		expect(findClosest('home.startHre', keys)).toBe('home.startHere');
		expect(findClosest('layout.skiplink', keys)).toBe('layout.skipLink');
	});

	it('suggests nothing when no word is close', () => {
		expect(findClosest('footer.licence', keys)).toBeUndefined();
		expect(findClosest('x', [])).toBeUndefined();
	});
});
