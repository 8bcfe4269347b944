import { describe, expect, it } from 'vitest';
import { readGuidanceFields } from './read-guidance-fields.ts';

describe('readGuidanceFields', () => {
	it('gives a guidance entry’s key points in order and its review date', () => {
		const lastReviewed = new Date('2025-10-06T00:00:00Z');
		expect(readGuidanceFields({ title: 'A report', keyPoints: ['First.', 'Second.', 'Third.'], lastReviewed })).toEqual({
			keyPoints: ['First.', 'Second.', 'Third.'],
			lastReviewed,
		});
	});

	it('gives the words of key points that cite their sentence, beside those written as plain lines', () => {
		const keyPoints = [{ text: 'First.', from: 'The first sentence' }, 'Second.', { text: 'Third.' }];
		expect(readGuidanceFields({ keyPoints }).keyPoints).toEqual(['First.', 'Second.', 'Third.']);
	});

	it('gives no review date to guidance never reviewed', () => {
		expect(readGuidanceFields({ keyPoints: ['First.', 'Second.', 'Third.'] }).lastReviewed).toBeUndefined();
	});

	it('gives nothing for an entry that is not guidance', () => {
		expect(readGuidanceFields({ title: 'A post', category: 'news' })).toEqual({ keyPoints: [], lastReviewed: undefined });
	});
});
