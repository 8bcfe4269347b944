import { describe, expect, it } from 'vitest';
import { findPlaceholders } from './find-placeholders.ts';

describe('findPlaceholders', () => {
	it('names each mark once, in the order they first appear', () => {
		expect(findPlaceholders('{date}: {note}, again {date}')).toEqual(['date', 'note']);
	});

	it('finds nothing in a sentence without marks, or in braces that hold more than a name', () => {
		expect(findPlaceholders('Published')).toEqual([]);
		expect(findPlaceholders('{ not a mark } {two words}')).toEqual([]);
	});
});
