import { describe, expect, it } from 'vitest';
import { readKeyPointText } from './read-key-point-text.ts';

describe('readKeyPointText', () => {
	it('gives a key point written as a plain line as it is', () => {
		expect(readKeyPointText('The co-op grew.')).toBe('The co-op grew.');
	});

	it('gives the words of a key point that cites its sentence, not the sentence', () => {
		expect(readKeyPointText({ text: 'The co-op grew.', from: 'We grew from nine to fourteen care workers' })).toBe('The co-op grew.');
		expect(readKeyPointText({ text: 'The co-op grew.' })).toBe('The co-op grew.');
	});

	it('gives nothing for what is not a key point', () => {
		for (const value of [undefined, null, 3, ['The co-op grew.'], { from: 'We grew' }, { text: 3 }]) expect(readKeyPointText(value)).toBeUndefined();
	});
});
