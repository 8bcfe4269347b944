import { describe, expect, it } from 'vitest';
import { ATTACHMENT_TYPE_LIST, checkAttachmentName } from './check-attachment-name.ts';

describe('checkAttachmentName', () => {
	it('accepts a document of each kind beside the entry, with or without ./', () => {
		for (const file of ['./agm-papers-2025.pdf', 'accounts_2024.ODS', './policy.v2.docx', './figures.csv', './budget.xlsx', './letter.odt']) {
			expect(checkAttachmentName(file), file).toBeUndefined();
		}
	});

	it('refuses a type not on the list, naming the type and the ones allowed', () => {
		expect(checkAttachmentName('./minutes.doc')).toBe(
			'"./minutes.doc" is a .doc file, which the site does not publish. Attach a PDF, ODT, ODS, DOCX, XLSX or CSV file: save the document in one of those formats first.',
		);
		expect(checkAttachmentName('./photo.JPG')).toMatch(/^"\.\/photo\.JPG" is a \.jpg file/);
		expect(checkAttachmentName('./papers')).toMatch(/its name has no type, such as \.pdf\. Attach a PDF/);
	});

	it('refuses a document in another folder than the entry', () => {
		expect(checkAttachmentName('./papers/agm.pdf')).toBe(
			'"./papers/agm.pdf" is not beside the entry. Put the document in the same folder as the entry, and write its name starting with ./, for example ./agm-papers-2025.pdf.',
		);
		expect(checkAttachmentName('../agm.pdf')).toMatch(/is not beside the entry/);
	});

	it('refuses a name that cannot be part of a web address as it is', () => {
		expect(checkAttachmentName('./AGM papers (2025).pdf')).toBe(
			'Rename "AGM papers (2025).pdf" using only letters, numbers, hyphens and dots, for example agm-papers-2025.pdf: its name becomes part of its web address.',
		);
		expect(checkAttachmentName('./-notes.pdf')).toMatch(/^Rename/);
	});

	it('lists the kinds allowed in words a person reads', () => {
		expect(ATTACHMENT_TYPE_LIST).toBe('PDF, ODT, ODS, DOCX, XLSX or CSV');
	});
});
