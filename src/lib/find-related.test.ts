import { describe, expect, it } from 'vitest';
import { createRelatedFinder } from './find-related.ts';

const entry = (key: string, topics: string[], iso: string) => ({ key, topics, date: new Date(iso) });
const entries = [
	entry('a', ['care', 'funding'], '2020-01-01'),
	entry('b', ['care', 'funding', 'governance'], '2021-01-01'),
	entry('c', ['care'], '2022-01-01'),
	entry('d', ['music'], '2023-01-01'),
	entry('e', ['care'], '2019-01-01'),
];

describe('createRelatedFinder', () => {
	const findRelated = createRelatedFinder(entries);

	it('ranks entries by the number of shared topics', () => {
		expect(findRelated(entries[0]!).map((e) => e.key)).toEqual(['b', 'c', 'e']);
	});

	it('breaks ties by putting the newest first', () => {
		expect(findRelated(entry('x', ['care'], '2024-01-01'), 4).map((e) => e.key)).toEqual(['c', 'b', 'a', 'e']);
	});

	it('never returns the entry itself, nor entries with no topic in common', () => {
		const keys = findRelated(entries[2]!, 10).map((e) => e.key);
		expect(keys).not.toContain('c');
		expect(keys).not.toContain('d');
	});

	it('returns nothing for an entry with no topics', () => {
		expect(findRelated(entry('y', [], '2024-01-01'))).toEqual([]);
	});
});
