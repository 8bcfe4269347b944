import { z } from 'astro/zod';
import { checkAttachmentName } from '../lib/files/check-attachment-name.ts';
import { ATTACHMENT_TYPES } from '../lib/files/find-attachment-type.ts';

/** What the web editor needs to know about a field that names a document beside the entry: the file types it accepts. */
export interface FileFieldMark {
	/** The extensions a chosen file may have, with their dots: `.pdf`. */
	accept: readonly string[];
}

/**
 * Fields that name a document beside the entry, which the web editor offers as a file to upload (src/editor/). A zod
 * registry, so the mark is kept through `.describe()`, which copies the field.
 */
export const FILE_FIELDS = z.registry<FileFieldMark>();

/**
 * A document beside the entry (`./agm-papers-2025.pdf`): a PDF, ODT, ODS, DOCX, XLSX or CSV file with a name that can be
 * part of a web address (checkAttachmentName). Kept as written: the page publishes the file under its name
 * (src/data/attachments.ts), and the content check (src/validation/) finds it and checks its size.
 */
export const attachmentFile = z
	.string()
	.trim()
	.superRefine((file, ctx) => {
		const problem = checkAttachmentName(file);
		if (problem) ctx.addIssue({ code: 'custom', message: problem });
	})
	.register(FILE_FIELDS, { accept: ATTACHMENT_TYPES.map((type) => `.${type.extension}`) });

/**
 * Documents an entry publishes with it, each a file beside the entry and its title: `attachments: [{ file:
 * ./agm-papers-2025.pdf, title: AGM papers 2025 }]`. Minutes and reports have them (agenda packs, accounts, AGM papers,
 * policies); the page lists them with their type, size and, for a PDF, pages.
 */
export const attachmentsField = z
	.array(
		z.strictObject({
			file: attachmentFile.describe('The document, next to the entry: ./agm-papers-2025.pdf. A PDF, ODT, ODS, DOCX, XLSX or CSV file.'),
			title: z
				.string()
				.trim()
				.min(1, { error: 'Give the document a title, as readers will see it linked, for example "AGM papers 2025".' })
				.describe('What the document is, as readers see it linked: "AGM papers 2025".'),
		}),
	)
	.default([])
	.describe(
		'Documents published with the entry, such as the agenda pack, the accounts or a policy: each a file next to the entry and its title. The page lists them with their type and size.',
	);

export type Attachment = z.output<typeof attachmentsField>[number];
