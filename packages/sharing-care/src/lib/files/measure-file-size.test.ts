import { describe, expect, it } from 'vitest';
import { MEGABYTE, measureFileSize } from './measure-file-size.ts';

describe('measureFileSize', () => {
	it('gives a file under a kilobyte in bytes', () => {
		expect(measureFileSize(0)).toEqual({ amount: 0, unit: 'bytes' });
		expect(measureFileSize(1)).toEqual({ amount: 1, unit: 'bytes' });
		expect(measureFileSize(1023)).toEqual({ amount: 1023, unit: 'bytes' });
	});

	it('gives a file under a megabyte in whole kilobytes of 1,024 bytes', () => {
		expect(measureFileSize(1024)).toEqual({ amount: 1, unit: 'kilobytes' });
		expect(measureFileSize(340 * 1024 + 300)).toEqual({ amount: 340, unit: 'kilobytes' });
		expect(measureFileSize(1535)).toEqual({ amount: 1, unit: 'kilobytes' });
		expect(measureFileSize(1536)).toEqual({ amount: 2, unit: 'kilobytes' });
	});

	it('gives a larger file in megabytes to one decimal place', () => {
		expect(measureFileSize(1.2 * 1024 * 1024)).toEqual({ amount: 1.2, unit: 'megabytes' });
		expect(measureFileSize(1.26 * 1024 * 1024)).toEqual({ amount: 1.3, unit: 'megabytes' });
		expect(measureFileSize(20 * 1024 * 1024)).toEqual({ amount: 20, unit: 'megabytes' });
	});

	it('counts a megabyte as 1,024 kilobytes of 1,024 bytes', () => {
		expect(MEGABYTE).toBe(1_048_576);
	});

	it('gives a size that rounds up to a megabyte in megabytes', () => {
		expect(measureFileSize(1024 * 1024 - 100)).toEqual({ amount: 1, unit: 'megabytes' });
	});
});
