import { MEGABYTE, measureFileSize } from './measure-file-size.ts';

const UNITS = { bytes: 'bytes', kilobytes: 'KB', megabytes: 'MB' } as const;

/** A size in the content check's words: "25.3 MB", "340 KB". */
function describeSize(bytes: number): string {
	const { amount, unit } = measureFileSize(bytes);
	return `${amount} ${UNITS[unit]}`;
}

/**
 * What is wrong with a document an entry publishes (`attachments[i].file`, as written), given its size in bytes, or
 * `undefined` when the file was not found, and the largest size the site publishes (`attachments.maxSizeMB` in
 * site.config.ts): the file is missing, or too big. Undefined when it is fine.
 */
export function checkAttachmentFile(file: string, bytes: number | undefined, maxSizeMB: number): string | undefined {
	if (bytes === undefined) {
		return `The document "${file}" was not found. Put it next to the entry, in the same folder, and check that the name is written exactly as the file is named.`;
	}
	if (bytes > maxSizeMB * MEGABYTE) {
		return `The document "${file}" is ${describeSize(bytes)}, over the ${maxSizeMB} MB the site publishes (attachments.maxSizeMB in site.config.ts). Make it smaller, for example by saving its pictures at a lower quality, or split it into parts.`;
	}
	return undefined;
}
