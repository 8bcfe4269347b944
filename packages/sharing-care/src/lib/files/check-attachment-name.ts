import { ATTACHMENT_TYPES, findAttachmentType } from './find-attachment-type.ts';

/** The kinds of document an entry may publish, for messages: "PDF, ODT, ODS, DOCX, XLSX or CSV". */
export const ATTACHMENT_TYPE_LIST = `${ATTACHMENT_TYPES.slice(0, -1)
	.map((type) => type.extension.toUpperCase())
	.join(', ')} or ${ATTACHMENT_TYPES.at(-1)!.extension.toUpperCase()}`;

/** A file name that can be part of a web address as it is: letters, numbers, hyphens, underscores and dots. */
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/**
 * What is wrong with how an entry names a document it publishes (`attachments[i].file`), or undefined when nothing
 * is: it must be a PDF, ODT, ODS, DOCX, XLSX or CSV file, beside the entry (`./agm-papers.pdf`), with a name that
 * can be part of its web address. Whether the file is there is checked apart (checkAttachmentFile).
 */
export function checkAttachmentName(file: string): string | undefined {
	const name = file.replace(/^\.\//, '');
	if (!findAttachmentType(name)) {
		const extension = /\.([^./\\]+)$/.exec(name)?.[1];
		const what = extension
			? `a .${extension.toLowerCase()} file, which the site does not publish`
			: 'not a document the site can publish: its name has no type, such as .pdf';
		return `"${file}" is ${what}. Attach a ${ATTACHMENT_TYPE_LIST} file: save the document in one of those formats first.`;
	}
	if (/[\\/]/.test(name)) {
		return `"${file}" is not beside the entry. Put the document in the same folder as the entry, and write its name starting with ./, for example ./agm-papers-2025.pdf.`;
	}
	if (!SAFE_NAME.test(name)) {
		return `Rename "${name}" using only letters, numbers, hyphens and dots, for example agm-papers-2025.pdf: its name becomes part of its web address.`;
	}
	return undefined;
}
