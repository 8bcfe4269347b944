import { describe, expect, it } from 'vitest';
import { keyItemsById } from './key-items-by-id.ts';

describe('keyItemsById', () => {
	it('keys each item’s other fields by its id, in the order written', () => {
		const { items, problems } = keyItemsById([
			{ id: 'co-production', name: 'Co-production', description: 'Working together.' },
			{ id: 'partnerships', name: 'Partnerships', description: 'With others.' },
		]);
		expect(problems).toEqual([]);
		expect(Object.keys(items)).toEqual(['co-production', 'partnerships']);
		expect(items['co-production']).toEqual({ name: 'Co-production', description: 'Working together.' });
	});

	it('reads an empty file as an empty list, and a number as an id', () => {
		expect(keyItemsById(null)).toEqual({ items: {}, problems: [] });
		expect(Object.keys(keyItemsById([{ id: 2024, name: 'A year' }]).items)).toEqual(['2024']);
	});

	it('says how to write the list when the file is a map of ids instead', () => {
		const { items, problems } = keyItemsById({ 'co-production': { name: 'Co-production' } });
		expect(items).toEqual({});
		expect(problems).toHaveLength(1);
		expect(problems[0]!.message).toMatch(/must be a list.*"- id:"/s);
	});

	it('names the item that has no id, or an id an earlier item uses, and leaves it out', () => {
		const { items, problems } = keyItemsById([{ id: 'scie', name: 'SCIE' }, { name: 'No id' }, { id: 'scie', name: 'Again' }, 'loose words']);
		expect(items).toEqual({ scie: { name: 'SCIE' } });
		expect(problems).toEqual([
			{ item: 2, message: expect.stringContaining('Item 2 has no id') },
			{ item: 3, message: expect.stringContaining('"scie", which item 1 already uses') },
			{ item: 4, message: expect.stringContaining('Item 4 is not a set of fields') },
		]);
	});
});
