import { describe, expect, it } from 'vitest';
import strings from '../../i18n/locales/en-GB.ts';
import { writeEntryDate } from './write-entry-date.ts';

describe('writeEntryDate', () => {
	it('writes a date its source gives as it is', () => {
		expect(writeEntryDate('7 July 2020', {}, strings.dates)).toBe('7 July 2020');
	});

	it('marks an estimate as one', () => {
		expect(writeEntryDate('2023', { approximate: true }, strings.dates)).toBe('about 2023');
	});

	it('says so when the source gives no date', () => {
		expect(writeEntryDate('July 2020', { undatedSource: true }, strings.dates)).toBe('July 2020 (approximate: the source gives no date)');
	});

	it('says the source gives no date even when the date is also marked as an estimate', () => {
		expect(writeEntryDate('July 2020', { approximate: true, undatedSource: true }, strings.dates)).toBe('July 2020 (approximate: the source gives no date)');
	});
});
