import { describe, expect, it } from 'vitest';
import { checkAttachmentFile } from './check-attachment-file.ts';

const MB = 1024 * 1024;

describe('checkAttachmentFile', () => {
	it('accepts a file up to the size the site sets, that size included', () => {
		expect(checkAttachmentFile('./agm-papers.pdf', 1200, 20)).toBeUndefined();
		expect(checkAttachmentFile('./agm-papers.pdf', 20 * MB, 20)).toBeUndefined();
		expect(checkAttachmentFile('./empty.csv', 0, 20)).toBeUndefined();
	});

	it('says a file that was not found is missing, naming it as the entry writes it', () => {
		expect(checkAttachmentFile('./agm-papers.pdf', undefined, 20)).toBe(
			'The document "./agm-papers.pdf" was not found. Put it next to the entry, in the same folder, and check that the name is written exactly as the file is named.',
		);
	});

	it('refuses a file over the size the site sets, giving both sizes and the setting', () => {
		expect(checkAttachmentFile('./accounts.pdf', 25.3 * MB, 20)).toBe(
			'The document "./accounts.pdf" is 25.3 MB, over the 20 MB the site publishes (attachments.maxSizeMB in site.config.ts). Make it smaller, for example by saving its pictures at a lower quality, or split it into parts.',
		);
		expect(checkAttachmentFile('./figures.csv', 20 * MB + 1, 20)).toMatch(/is 20 MB, over the 20 MB/);
		expect(checkAttachmentFile('./figures.csv', 2048, 0.001)).toMatch(/is 2 KB, over the 0.001 MB/);
	});
});
