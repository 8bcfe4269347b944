import { describe, expect, it } from 'vitest';
import { decisionAnchor } from './decision-anchor.ts';

describe('decisionAnchor', () => {
	it('uses the decision’s own id when it has one', () => {
		expect(decisionAnchor('board-2025-01-15', { id: 'budget-2025' }, 0)).toBe('budget-2025');
	});

	it('otherwise numbers the decision within its minutes, from 1', () => {
		expect(decisionAnchor('board-2025-01-15', {}, 1)).toBe('board-2025-01-15-decision-2');
	});

	it('turns folders in the minutes id into hyphens', () => {
		expect(decisionAnchor('2025/board-march', {}, 0)).toBe('2025-board-march-decision-1');
	});
});
