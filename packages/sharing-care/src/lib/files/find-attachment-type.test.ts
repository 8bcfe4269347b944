import { describe, expect, it } from 'vitest';
import { ATTACHMENT_TYPES, findAttachmentType } from './find-attachment-type.ts';

describe('findAttachmentType', () => {
	it('knows each kind of document by its extension, with the media type it is served as', () => {
		expect(findAttachmentType('./agm-papers.pdf')).toEqual({ extension: 'pdf', mediaType: 'application/pdf' });
		expect(findAttachmentType('budget.ods')?.mediaType).toBe('application/vnd.oasis.opendocument.spreadsheet');
		expect(findAttachmentType('./accounts.xlsx')?.mediaType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
		expect(findAttachmentType('./policy.docx')?.extension).toBe('docx');
		expect(findAttachmentType('./policy.odt')?.extension).toBe('odt');
		expect(findAttachmentType('./figures.csv')?.mediaType).toBe('text/csv');
	});

	it('reads the extension in any case', () => {
		expect(findAttachmentType('./AGM-Papers.PDF')?.extension).toBe('pdf');
	});

	it('knows nothing of other files: old Word files, pictures, names with no extension or only one', () => {
		for (const file of ['./minutes.doc', './photo.jpg', './README', './.pdf', 'papers.pdf.zip', '']) expect(findAttachmentType(file), file).toBeUndefined();
	});

	it('lists six kinds, each extension once', () => {
		expect(ATTACHMENT_TYPES.map((type) => type.extension)).toEqual(['pdf', 'odt', 'ods', 'docx', 'xlsx', 'csv']);
	});
});
