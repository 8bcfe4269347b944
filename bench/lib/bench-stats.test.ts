import { afterAll, describe, expect, it } from 'vitest';
import { removeTempSites, writeTempSite } from '../../packages/sharing-care/test/support/temp-site.ts';
import { folderStats, formatBytes, formatRatio, formatSeconds, markdownTable, median, textTable } from './bench-stats.ts';

afterAll(removeTempSites);

describe('median', () => {
	it('takes the middle value, or the mean of the middle two', () => {
		expect(median([3, 1, 2])).toBe(2);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(median([7])).toBe(7);
		expect(median([])).toBeNaN();
	});
});

describe('folderStats', () => {
	it('adds up the files and counts the HTML pages', () => {
		const dir = writeTempSite({ 'index.html': 'abcd', 'blog/a/index.html': 'ab', 'pagefind/x.pf_index': '123456' });
		expect(folderStats(dir)).toEqual({ bytes: 12, files: 3, pages: 2 });
	});
	it('gives zeros for a missing folder', () => {
		expect(folderStats('/nonexistent/bench')).toEqual({ bytes: 0, files: 0, pages: 0 });
	});
});

describe('formatting', () => {
	it('writes sizes, times and ratios for people', () => {
		expect(formatBytes(1023)).toBe('1023 B');
		expect(formatBytes(148_250)).toBe('144.8 KB');
		expect(formatBytes(3.5 * 1024 ** 3)).toBe('3.50 GB');
		expect(formatSeconds(12_345)).toBe('12.3 s');
		expect(formatRatio(1.234)).toBe('1.23×');
		expect(formatRatio(Number.NaN)).toBe('–');
	});
	it('aligns a text table and writes a Markdown one', () => {
		const rows = [
			['entries', 'time'],
			['100', '1.0 s'],
			['10,000', '80.2 s'],
		];
		expect(textTable(rows).split('\n')).toEqual(['entries    time', '───────  ──────', '100       1.0 s', '10,000   80.2 s']);
		expect(markdownTable(rows)).toBe('| entries | time |\n| --- | ---: |\n| 100 | 1.0 s |\n| 10,000 | 80.2 s |');
		expect(markdownTable(rows, 2).split('\n')[1]).toBe('| --- | --- |');
		expect(textTable(rows, 2).split('\n')[2]).toBe('100      1.0 s ');
	});
});
