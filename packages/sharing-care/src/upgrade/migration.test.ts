import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { ConversionError, defineFileMigration } from './migration.ts';

const SITE = fileURLToPath(new URL(`../../../../.build/migration-test-${process.pid}/`, import.meta.url));

/** A migration that upper-cases files starting with "old:", and cannot convert those starting with "bad:". */
const shout = defineFileMigration({
	id: 'shout',
	version: '9.0.0',
	description: 'Old files are written in capitals.',
	files: ['content/a.txt', 'content/b.txt', 'content/c.txt', 'content/missing.txt'],
	isOutdated: (text) => text.startsWith('old:'),
	convert(text) {
		if (text.startsWith('bad:')) throw new ConversionError('This file is bad. Fix it.');
		return text.startsWith('old:') ? { text: text.toUpperCase(), detail: 'shouted' } : undefined;
	},
});

/** Writes the site's files afresh: one in the old format, one in the new, one that cannot be converted. */
function writeSite(): void {
	rmSync(SITE, { recursive: true, force: true });
	mkdirSync(join(SITE, 'content'), { recursive: true });
	writeFileSync(join(SITE, 'content/a.txt'), 'old: a');
	writeFileSync(join(SITE, 'content/b.txt'), 'NEW: B');
	writeFileSync(join(SITE, 'content/c.txt'), 'bad: c');
}

const read = (file: string) => readFileSync(join(SITE, file), 'utf8');

beforeEach(writeSite);
afterAll(() => rmSync(SITE, { recursive: true, force: true }));

describe('defineFileMigration', () => {
	it('detects the files in the old format, skipping those the site does not have', () => {
		expect(shout.detect(SITE)).toEqual(['content/a.txt']);
	});

	it('rewrites the files in the old format, and names the one it cannot convert, leaving it as it was', () => {
		expect(shout.apply(SITE)).toEqual({
			changed: [{ file: 'content/a.txt', detail: 'shouted' }],
			failed: [{ file: 'content/c.txt', message: 'This file is bad. Fix it.' }],
		});
		expect([read('content/a.txt'), read('content/b.txt'), read('content/c.txt')]).toEqual(['OLD: A', 'NEW: B', 'bad: c']);
	});

	it('writes nothing in a dry run, but says what it would change', () => {
		expect(shout.apply(SITE, { dryRun: true }).changed).toEqual([{ file: 'content/a.txt', detail: 'shouted' }]);
		expect(read('content/a.txt')).toBe('old: a');
	});

	it('says a file could not be read when it is not a file, and does not count it as old', () => {
		rmSync(join(SITE, 'content/a.txt'));
		mkdirSync(join(SITE, 'content/a.txt'));
		expect(shout.detect(SITE)).toEqual([]);
		expect(shout.apply(SITE).failed[0]).toEqual({
			file: 'content/a.txt',
			message: expect.stringMatching(/^The file could not be read or written \(.*\)\. Check that it is there/),
		});
	});
});
