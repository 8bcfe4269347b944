import { describe, expect, it } from 'vitest';
import { attachmentsField, FILE_FIELDS } from './attachments.ts';

const issuesOf = (value: unknown) => attachmentsField.safeParse(value).error?.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));

describe('attachmentsField', () => {
	it('takes documents beside the entry, each with a title, and none when left out', () => {
		expect(attachmentsField.parse(undefined)).toEqual([]);
		expect(attachmentsField.parse([{ file: ' ./agm-papers-2025.pdf ', title: ' AGM papers 2025 ' }])).toEqual([
			{ file: './agm-papers-2025.pdf', title: 'AGM papers 2025' },
		]);
	});

	it('refuses a type not on the list, at the file’s own path', () => {
		expect(
			issuesOf([
				{ file: './notes.pdf', title: 'Notes' },
				{ file: './agenda.doc', title: 'Agenda' },
			]),
		).toEqual([{ path: '1.file', message: expect.stringMatching(/^"\.\/agenda\.doc" is a \.doc file, which the site does not publish/) }]);
	});

	it('refuses a document without a title, and fields it does not know', () => {
		expect(issuesOf([{ file: './notes.pdf', title: '' }])).toEqual([
			{ path: '0.title', message: 'Give the document a title, as readers will see it linked, for example "AGM papers 2025".' },
		]);
		expect(issuesOf([{ file: './notes.pdf', title: 'Notes', caption: 'x' }])?.[0]?.path).toBe('0');
	});

	it('marks the file for the web editor with the types it accepts, through its description', () => {
		const file = attachmentsField.unwrap().element.shape.file;
		expect(FILE_FIELDS.get(file)).toEqual({ accept: ['.pdf', '.odt', '.ods', '.docx', '.xlsx', '.csv'] });
	});
});
