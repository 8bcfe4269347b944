import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { projectRoot } from '../config/project-root.ts';
import { site } from '../config/site.ts';
import { number } from '../i18n/format.ts';
import { t } from '../i18n/index.ts';
import { escapeXml } from '../lib/feeds/escape-xml.ts';
import { countPdfPages } from '../lib/files/count-pdf-pages.ts';
import { findAttachmentType, type AttachmentType } from '../lib/files/find-attachment-type.ts';
import { measureFileSize } from '../lib/files/measure-file-size.ts';
import { choosePlural } from '../lib/text/choose-plural.ts';
import { fillTemplate } from '../lib/text/fill-template.ts';
import { memoiseByKey } from '../lib/entries/memoise-by-key.ts';
import type { Attachment } from '../schemas/attachments.ts';
import { SHOW_UNPUBLISHED } from './build-time.ts';
import { entryKey, getPublishedEntries, type Entry } from './entries.ts';
import { absoluteUrl, sitePath } from './urls.ts';

/** A document an entry publishes (`attachments`), as its page, its feed item and its own address serve it. */
export interface PublishedAttachment {
	/** Its title, as the entry gives it: "AGM papers 2025". */
	title: string;
	/** Its file's name, the last part of its address: `agm-papers-2025.pdf`. */
	name: string;
	/** The file, beside the entry in the site's content. */
	source: string;
	/** Its address under the base path, beside the entry's page: `/minutes/board-2025-03-11/agm-papers-2025.pdf`. */
	path: string;
	/** Its full address, for feeds. */
	url: string;
	type: AttachmentType;
	/** Its size in bytes. */
	bytes: number;
	/** How many pages it has: PDFs only, when their page tree can be read. */
	pages?: number;
}

/** The documents an entry's data lists: minutes and reports have them; other kinds have none. */
const listedIn = (entry: Entry): readonly Attachment[] => ('attachments' in entry.data ? (entry.data.attachments as Attachment[]) : []);

/**
 * Reads one document from beside its entry. The content check (src/validation/) stops a build before this on a
 * document that is missing, too big or of a type not allowed; on the dev server, which shows content as it is written,
 * such a document stops the page with the same words.
 */
function readAttachment(entry: Entry, attachment: Attachment, index: number): PublishedAttachment {
	// Entries name their files from the site's folder (Astro's `filePath` is relative to its root).
	const entryFile = entry.filePath ?? '';
	const folder = join(projectRoot, dirname(entryFile));
	const name = basename(attachment.file);
	const type = findAttachmentType(name);
	const found = type && readdirSync(folder).includes(name) && statSync(join(folder, name)).isFile();
	if (!type || !found) {
		throw new Error(
			`${entryFile}\n  - attachments[${index}].file: The document "${attachment.file}" was not found, or is not a PDF, ODT, ODS, DOCX, XLSX or CSV file. Put it next to the entry. Run npm run check for more.`,
		);
	}
	const source = join(folder, name);
	const bytes = statSync(source).size;
	const pages = type.extension === 'pdf' ? countPdfPages(readFileSync(source), (data) => inflateSync(data)) : undefined;
	const path = sitePath(`${entry.collection}/${entry.id}/${name}`);
	return { title: attachment.title, name, source, path, url: absoluteUrl(path), type, bytes, ...(pages === undefined ? {} : { pages }) };
}

const readAttachments = (entry: Entry) => listedIn(entry).map((attachment, index) => readAttachment(entry, attachment, index));

/**
 * The documents an entry publishes, in its order, each read once per build however many pages and feeds list it. The
 * dev server reads them afresh for each page, so a document added or replaced while it runs shows at once.
 */
export const attachmentsOf: (entry: Entry) => PublishedAttachment[] = SHOW_UNPUBLISHED ? readAttachments : memoiseByKey(readAttachments, entryKey);

/** Every document of every published entry, with its entry: the files the site publishes beside the entries' pages. */
export async function getPublishedAttachments(): Promise<{ entry: Entry; attachment: PublishedAttachment }[]> {
	return (await getPublishedEntries()).flatMap((entry) => attachmentsOf(entry).map((attachment) => ({ entry, attachment })));
}

/** A document's size in the site's language: "1.2 MB", "340 KB", "120 bytes". */
function describeSize(bytes: number): string {
	const { amount, unit } = measureFileSize(bytes);
	const sizes = t.attachments.sizes;
	const template = unit === 'bytes' ? choosePlural(sizes.bytes, amount, site.locale) : sizes[unit];
	return fillTemplate(template, { size: number(amount) });
}

/** What a reader learns of a document before opening it, in order: its type in words, its size and, for a PDF, its pages ("PDF", "1.2 MB", "12 pages"). */
export function describeAttachment(attachment: PublishedAttachment): string[] {
	const facts = [t.attachments.types[attachment.type.extension], describeSize(attachment.bytes)];
	if (attachment.pages !== undefined)
		facts.push(fillTemplate(choosePlural(t.attachments.pages, attachment.pages, site.locale), { count: number(attachment.pages) }));
	return facts;
}

/**
 * The address of an email asking the co-op (`contact.email`) for a document in an accessible format, its title in the
 * subject; undefined when the site gives no email address.
 */
export function requestFormatHref(attachment: PublishedAttachment): string | undefined {
	const email = site.contact.email;
	return email ? `mailto:${email}?subject=${encodeURIComponent(t.attachments.requestSubject(attachment.title))}` : undefined;
}

/**
 * An entry's documents for the end of its feed item, as its page lists them: a heading, and each title linked to the
 * file by its full address, with its type, size and pages below, and the request for an accessible format. Empty when
 * it has none.
 */
export function attachmentsFeedHtml(attachments: readonly PublishedAttachment[]): string {
	if (!attachments.length) return '';
	// Its facts, and the request for another format, each on a line of their own, as the page shows them.
	const items = attachments.map((attachment) => {
		const request = requestFormatHref(attachment);
		const link = `<a href="${escapeXml(attachment.url)}">${escapeXml(attachment.title)}</a>`;
		return `<li>${link}<br>${escapeXml(describeAttachment(attachment).join(', '))}${request ? `<br><a href="${escapeXml(request)}">${escapeXml(t.attachments.requestFormat)}</a>` : ''}</li>`;
	});
	return `<h2>${escapeXml(t.attachments.heading)}</h2><ul>${items.join('')}</ul>`;
}
