import { describe, expect, it } from 'vitest';
import { DEFAULT_BUILD_MEMORY_BYTES, fitsMemoryBudget, PAGEFIND_BYTES_PER_HTML_BYTE, readBuildMemoryBudget } from './fits-memory-budget.ts';

const MB = 1024 ** 2;
const GB = 1024 ** 3;

describe('fitsMemoryBudget', () => {
	it('lets a 1,000-entry site index while Astro still runs', () => {
		// Measured: Astro holds about 1.1 GB as its pages are done, and the entry pages come to 18 MB.
		expect(fitsMemoryBudget({ astroBytes: 1.1 * GB, pageBytes: 18 * MB, budgetBytes: 4 * GB })).toBe(true);
	});

	it('makes a 10,000-entry site wait, since Astro and Pagefind together would pass 4 GB', () => {
		expect(fitsMemoryBudget({ astroBytes: 3 * GB, pageBytes: 180 * MB, budgetBytes: 4 * GB })).toBe(false);
	});

	it('counts Pagefind at its measured cost per byte of HTML, up to the budget exactly', () => {
		const pageBytes = 10 * MB;
		const astroBytes = GB;
		const exact = astroBytes + PAGEFIND_BYTES_PER_HTML_BYTE * pageBytes;
		expect(fitsMemoryBudget({ astroBytes, pageBytes, budgetBytes: exact })).toBe(true);
		expect(fitsMemoryBudget({ astroBytes, pageBytes, budgetBytes: exact - 1 })).toBe(false);
	});
});

describe('readBuildMemoryBudget', () => {
	it('is 4 GB unless the environment says otherwise', () => {
		expect(readBuildMemoryBudget({})).toBe(DEFAULT_BUILD_MEMORY_BYTES);
		expect(DEFAULT_BUILD_MEMORY_BYTES).toBe(4 * GB);
	});

	it('reads SHARING_CARE_BUILD_MEMORY_MB in megabytes', () => {
		expect(readBuildMemoryBudget({ SHARING_CARE_BUILD_MEMORY_MB: '2048' })).toBe(2 * GB);
	});

	it('ignores a value that is not a positive number', () => {
		for (const value of ['', 'lots', '0', '-5']) expect(readBuildMemoryBudget({ SHARING_CARE_BUILD_MEMORY_MB: value })).toBe(DEFAULT_BUILD_MEMORY_BYTES);
	});
});
