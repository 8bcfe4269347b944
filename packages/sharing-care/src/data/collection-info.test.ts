import { describe, expect, it } from 'vitest';
import { ENTRY_KINDS } from '../collections/index.ts';
import { reports } from '../collections/reports.ts';
import { COLLECTIONS, nameCollection } from './collection-info.ts';

describe('nameCollection', () => {
	it('takes the names and description from the collection’s module', () => {
		expect(nameCollection(reports, { collections: {} })).toEqual({
			id: 'reports',
			label: 'Project reports',
			singular: 'project report',
			description: reports.description,
		});
	});

	it('lets a strings table reword any of them, keeping the rest', () => {
		const info = nameCollection(reports, { collections: { reports: { plural: 'Adroddiadau prosiect', singular: 'adroddiad prosiect' } } });
		expect(info).toMatchObject({ label: 'Adroddiadau prosiect', singular: 'adroddiad prosiect', description: reports.description });
	});
});

describe('COLLECTIONS', () => {
	it('lists every kind in the registry, in its order', () => {
		expect(COLLECTIONS.map((info) => info.id)).toEqual(ENTRY_KINDS.map((kind) => kind.id));
	});
});
