import { describe, expect, it } from 'vitest';
import { describeStrings, findSlot, listOpenKeys } from './describe-strings.ts';
import strings from './locales/en-GB.ts';

const slots = describeStrings(strings);
const collections = ['reports', 'blog'];

describe('describeStrings', () => {
	it('describes a label, a sentence with marks, a list and a group by their keys', () => {
		expect(slots.get('home.startHere')).toEqual({ kind: 'text', path: ['home', 'startHere'], placeholders: [] });
		expect(slots.get('entry.history.change')).toEqual({ kind: 'text', path: ['entry', 'history', 'change'], placeholders: ['date', 'note'] });
		expect(slots.get('subscribe.how')).toMatchObject({ kind: 'list', path: ['subscribe', 'how'] });
		expect(slots.get('entry.history')).toMatchObject({ kind: 'group', keys: expect.arrayContaining(['entry.history.heading', 'entry.history.change']) });
	});

	it('gives text that takes values the names of its values, and any mark a page fills in after it', () => {
		expect(slots.get('topics.count')).toEqual({ kind: 'function', path: ['topics', 'count'], parameters: ['count'], placeholders: ['count'] });
		expect(slots.get('series.partOf')).toMatchObject({ kind: 'function', parameters: ['position', 'total'], placeholders: ['position', 'total', 'series'] });
	});

	it('lets a phrase in plural forms be given in every form a language has', () => {
		for (const category of ['zero', 'one', 'two', 'few', 'many', 'other']) {
			expect(slots.get(`entry.readingTime.${category}`), category).toEqual({ kind: 'text', path: ['entry', 'readingTime', category], placeholders: ['count'] });
		}
	});

	it('keeps a field label whose name holds a dot as one key', () => {
		expect(slots.get('editor.fieldLabels.changes.date')).toMatchObject({ kind: 'text', path: ['editor', 'fieldLabels', 'changes.date'] });
	});
});

describe('findSlot', () => {
	it('finds the keys of the table, each collection’s names and a label for any field of the editor', () => {
		expect(findSlot(slots, 'home.startHere', collections)).toBe(slots.get('home.startHere'));
		expect(findSlot(slots, 'collections.blog.plural', collections)).toEqual({ kind: 'text', path: ['collections', 'blog', 'plural'], placeholders: [] });
		expect(findSlot(slots, 'editor.fieldLabels.meetingNotes', collections)).toEqual({
			kind: 'text',
			path: ['editor', 'fieldLabels', 'meetingNotes'],
			placeholders: [],
		});
	});

	it('finds a hint for any field of the editor, for one kind too, and the editor’s name for one entry of any kind', () => {
		expect(findSlot(slots, 'editor.fieldHints.blog.series', collections)).toEqual({
			kind: 'text',
			path: ['editor', 'fieldHints', 'blog.series'],
			placeholders: [],
		});
		expect(findSlot(slots, 'editor.fieldHints.minutes.date', collections)).toBe(slots.get('editor.fieldHints.minutes.date'));
		expect(findSlot(slots, 'editor.entryNames.blog', collections)).toEqual({ kind: 'text', path: ['editor', 'entryNames', 'blog'], placeholders: [] });
		expect(findSlot(slots, 'editor.entryNames.podcasts', collections)).toBeUndefined();
	});

	it('finds nothing for a key the site does not have', () => {
		expect(findSlot(slots, 'home.startHre', collections)).toBeUndefined();
		expect(findSlot(slots, 'collections.podcasts.plural', collections)).toBeUndefined();
		expect(findSlot(slots, 'collections.blog.title', collections)).toBeUndefined();
	});

	it('lists the collections’ names among the keys a site may give', () => {
		expect(listOpenKeys(['blog'])).toEqual(['collections.blog.singular', 'collections.blog.plural', 'collections.blog.description']);
	});
});
