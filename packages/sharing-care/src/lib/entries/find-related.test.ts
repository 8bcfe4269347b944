import { describe, expect, it } from 'vitest';
import { createRelatedFinder } from './find-related.ts';

const entry = (key: string, topics: string[], iso: string) => ({ key, topics, date: new Date(iso) });
type Entry = ReturnType<typeof entry>;

/** A seeded random number generator, so the random sets below are the same on every run. */
const seededRandom = (seed: number) => () => (seed = (seed * 16807) % 2147483647) / 2147483647;

/** The related entries of `target` the plain way: every other entry's shared topics counted, then a stable sort. */
const rankPlainly = (all: readonly Entry[], target: Entry, limit: number) =>
	all
		.filter((other) => other.key !== target.key)
		.map((other) => ({ other, shared: other.topics.filter((t) => target.topics.includes(t)).length }))
		.filter(({ shared }) => shared > 0)
		.sort((a, b) => b.shared - a.shared || b.other.date.getTime() - a.other.date.getTime())
		.slice(0, limit);
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

	it('agrees with a plain count-and-sort on a large random set', () => {
		const random = seededRandom(7);
		const topics = Array.from({ length: 12 }, (_, i) => `t${i}`);
		const many = Array.from({ length: 2000 }, (_, i) =>
			entry(
				`e${i}`,
				topics.filter(() => random() < 0.25),
				new Date(Date.UTC(2000, 0, 1 + Math.floor(random() * 9000))).toISOString(),
			),
		);
		const fast = createRelatedFinder(many);
		const plain = (target: Entry, limit: number) => rankPlainly(many, target, limit).map(({ other, shared }) => `${shared}:${other.date.getTime()}`);
		for (const target of many.slice(0, 50)) {
			for (const limit of [1, 3, 5]) {
				const counted = fast(target, limit).map((other) => `${other.topics.filter((t) => target.topics.includes(t)).length}:${other.date.getTime()}`);
				expect(counted).toEqual(plain(target, limit));
			}
		}
	});

	it('puts entries of the same date in the order given, whether or not they share every topic', () => {
		const sameDay = [
			entry('p', ['care', 'funding'], '2020-01-01'),
			entry('q', ['care', 'funding'], '2020-01-01'),
			entry('r', ['care'], '2020-01-01'),
			entry('s', ['care', 'funding'], '2020-01-01'),
		];
		const find = createRelatedFinder(sameDay);
		// Three share both topics: found by walking one topic's entries.
		expect(find(entry('x', ['care', 'funding'], '2024-01-01')).map((e) => e.key)).toEqual(['p', 'q', 's']);
		// Four asked for, and only three share both: found by counting.
		expect(find(entry('x', ['care', 'funding'], '2024-01-01'), 4).map((e) => e.key)).toEqual(['p', 'q', 's', 'r']);
	});

	it('agrees entry for entry with a plain count and stable sort where many entries share a date', () => {
		const random = seededRandom(11);
		const topics = Array.from({ length: 6 }, (_, i) => `t${i}`);
		const many = Array.from({ length: 600 }, (_, i) =>
			entry(
				`e${i}`,
				topics.filter(() => random() < 0.4),
				`202${Math.floor(random() * 4)}-01-01`,
			),
		);
		const find = createRelatedFinder(many);
		const plain = (target: Entry, limit: number) => rankPlainly(many, target, limit).map(({ other }) => other.key);
		for (const target of many.slice(0, 80)) {
			for (const limit of [1, 3, 8]) expect(find(target, limit).map((e) => e.key)).toEqual(plain(target, limit));
		}
	});

	it('returns nothing when asked for no entries', () => {
		expect(findRelated(entries[0]!, 0)).toEqual([]);
	});
});
