import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { SiteConfigSchema, type SiteConfig } from '../config/schema.ts';
import { checkAttachmentFile } from '../lib/files/check-attachment-file.ts';
import type { Problem } from '../lib/text/format-problems.ts';
import type { Attachment } from '../schemas/attachments.ts';

/** The largest document the kit lets an entry publish when the config sets no size (`attachments.maxSizeMB`). */
const DEFAULT_MAX_SIZE_MB: number = SiteConfigSchema.shape.attachments.parse(undefined).maxSizeMB;

/**
 * The largest document, in megabytes, a site lets an entry publish: `attachments.maxSizeMB` in its valid config
 * (checkConfigFile), or the kit's default when the config cannot be read or is not valid (its own problems say why).
 */
export function attachmentLimitOf(config: Pick<SiteConfig, 'attachments'> | undefined): number {
	return config?.attachments.maxSizeMB ?? DEFAULT_MAX_SIZE_MB;
}

/** The size of a file in `folder` named exactly `name` (letter case too, as a web host reads it), or undefined when there is none. */
function sizeOf(folder: string, name: string): number | undefined {
	let names: string[];
	try {
		names = readdirSync(folder);
	} catch {
		return undefined;
	}
	if (!names.includes(name)) return undefined;
	const stats = statSync(join(folder, name));
	return stats.isFile() ? stats.size : undefined;
}

/**
 * The problems with the documents a valid entry publishes (`attachments`): each must be a file beside the entry
 * (`entryPath`, the entry's file), named exactly as written, and no bigger than `maxSizeMB`. Each problem names
 * the entry (`file`, from the project root) and the field, `attachments[0].file`. Their names and types are the
 * schema's to check (src/schemas/attachments.ts).
 */
export function findAttachmentProblems(entryPath: string, file: string, data: Record<string, unknown>, maxSizeMB: number): Problem[] {
	const attachments = (Array.isArray(data.attachments) ? data.attachments : []) as Attachment[];
	return attachments.flatMap((attachment, index) => {
		const message = checkAttachmentFile(attachment.file, sizeOf(dirname(entryPath), basename(attachment.file)), maxSizeMB);
		return message ? [{ file, field: `attachments[${index}].file`, message }] : [];
	});
}
