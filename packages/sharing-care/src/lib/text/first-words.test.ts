import { describe, expect, it } from 'vitest';
import { firstWords } from './first-words.ts';

describe('firstWords', () => {
	it('keeps a short sentence whole, without an ellipsis', () => {
		expect(firstWords('The board approved the budget.', 8)).toBe('The board approved the budget.');
	});

	it('cuts a long sentence after the given number of words and marks the cut', () => {
		expect(firstWords('The board approved the budget for 2025 with a small planned surplus.', 6)).toBe('The board approved the budget for…');
	});

	it('drops punctuation left dangling at the cut', () => {
		expect(firstWords('We agreed the budget, and then we agreed the plan.', 4)).toBe('We agreed the budget…');
	});

	it('folds line breaks and repeated spaces', () => {
		expect(firstWords('  Run a\n membership   drive  ', 10)).toBe('Run a membership drive');
	});
});
