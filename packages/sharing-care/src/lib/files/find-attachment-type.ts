/** The kinds of document an entry may publish with it (`attachments`), by file extension, with the media type each is served as. */
export const ATTACHMENT_TYPES = [
	{ extension: 'pdf', mediaType: 'application/pdf' },
	{ extension: 'odt', mediaType: 'application/vnd.oasis.opendocument.text' },
	{ extension: 'ods', mediaType: 'application/vnd.oasis.opendocument.spreadsheet' },
	{ extension: 'docx', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
	{ extension: 'xlsx', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
	{ extension: 'csv', mediaType: 'text/csv' },
] as const;

/** One kind of document an entry may publish. */
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

/** The extension of a kind of document, lower case and without the dot: `pdf`. */
export type AttachmentExtension = AttachmentType['extension'];

/**
 * The kind of document a file is, from its extension in any case (`./AGM-papers.PDF` is a PDF), or undefined when
 * it is not one an entry may publish (a `.doc`, a picture, a name with no extension).
 */
export function findAttachmentType(file: string): AttachmentType | undefined {
	const name = file.split(/[\\/]/).at(-1) ?? '';
	const dot = name.lastIndexOf('.');
	if (dot <= 0) return undefined;
	const extension = name.slice(dot + 1).toLowerCase();
	return ATTACHMENT_TYPES.find((type) => type.extension === extension);
}
