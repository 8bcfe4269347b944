import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/copy-project.ts';
import { estimateWeight, orderByWeight } from './sequencer.ts';

const source = (file: string) => readFileSync(join(ROOT, file), 'utf8');

describe('estimateWeight', () => {
	it('weighs the web editor’s tests most, then the other browser tests, then the rest', () => {
		expect(estimateWeight(source('tests/editor/board-round-trips.test.ts'))).toBe(2);
		expect(estimateWeight(source('tests/editor/preview.test.ts'))).toBe(1);
		expect(estimateWeight(source('tests/quality/page-templates.test.ts'))).toBe(1);
		expect(estimateWeight(source('tests/feeds/dates.test.ts'))).toBe(0);
	});
});

describe('orderByWeight', () => {
	it('puts the heaviest first and keeps the given order within each weight', () => {
		const weights: Record<string, number> = { a: 0, b: 1, c: 0, d: 2, e: 1 };
		expect(orderByWeight(['a', 'b', 'c', 'd', 'e'], (name) => weights[name]!)).toEqual(['d', 'b', 'e', 'a', 'c']);
	});
});
