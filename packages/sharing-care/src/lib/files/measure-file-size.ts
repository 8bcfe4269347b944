/** How big a file is, in the unit a person reads it in, and how many of that unit. */
export interface FileSize {
	/** The number of units: whole bytes and kilobytes, megabytes to one decimal place (1.2). */
	amount: number;
	unit: 'bytes' | 'kilobytes' | 'megabytes';
}

const KILOBYTE = 1024;
/** The bytes in a megabyte, as `measureFileSize` counts them (and `attachments.maxSizeMB` in the site config). */
export const MEGABYTE = 1024 * KILOBYTE;

/**
 * A file's size as a person reads it, as GOV.UK writes the size of a document: bytes under a kilobyte, whole
 * kilobytes under a megabyte ("340 KB"), and megabytes to one decimal place above ("1.2 MB"). A kilobyte is 1,024
 * bytes, as computers count them. Sizes that round up to the next unit are given in it: 1,048,000 bytes is 1 MB, not
 * 1,023 KB rounded to 1,024.
 */
export function measureFileSize(bytes: number): FileSize {
	if (bytes < KILOBYTE) return { amount: Math.max(0, Math.round(bytes)), unit: 'bytes' };
	const kilobytes = Math.round(bytes / KILOBYTE);
	if (kilobytes < KILOBYTE) return { amount: kilobytes, unit: 'kilobytes' };
	return { amount: Math.round((bytes / MEGABYTE) * 10) / 10, unit: 'megabytes' };
}
