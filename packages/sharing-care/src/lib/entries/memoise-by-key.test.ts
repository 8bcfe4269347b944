import { describe, expect, it } from 'vitest';
import { memoiseByKey } from './memoise-by-key.ts';

interface Item {
	collection: string;
	id: string;
}
const keyOf = (item: Item) => `${item.collection}/${item.id}`;

describe('memoiseByKey', () => {
	it('runs the function once per key and returns the first result after that', () => {
		const calls: string[] = [];
		const label = memoiseByKey((item: Item) => {
			calls.push(item.id);
			return { text: `${item.collection}: ${item.id}` };
		}, keyOf);
		const first = label({ collection: 'blog', id: 'a' });
		expect(label({ collection: 'blog', id: 'a' })).toBe(first);
		expect(label({ collection: 'reports', id: 'a' }).text).toBe('reports: a');
		expect(calls).toEqual(['a', 'a']);
	});

	it('gives callers asking at the same time one shared promise', async () => {
		let runs = 0;
		const load = memoiseByKey(async (item: Item) => {
			runs++;
			await new Promise((resolve) => setTimeout(resolve, 5));
			return item.id.toUpperCase();
		}, keyOf);
		const [a, b] = await Promise.all([load({ collection: 'blog', id: 'x' }), load({ collection: 'blog', id: 'x' })]);
		expect([a, b, runs]).toEqual(['X', 'X', 1]);
	});

	it('keeps a result of undefined rather than running again', () => {
		let runs = 0;
		const nothing = memoiseByKey((_: Item): undefined => void runs++, keyOf);
		nothing({ collection: 'blog', id: 'a' });
		nothing({ collection: 'blog', id: 'a' });
		expect(runs).toBe(1);
	});
});
