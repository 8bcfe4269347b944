import { describe, expect, it } from 'vitest';
import { parseMachineCpu } from './machine-cpu.ts';

describe('parseMachineCpu', () => {
	it('counts every field but idle and iowait as busy, in milliseconds', () => {
		const stat = 'cpu  2472802 218053 879956 1806363 36635 0 6353 11576 0 0\ncpu0 1 2 3 4 5 6 7 8 0 0\n';
		expect(parseMachineCpu(stat)).toEqual({ busyMs: 35_887_400, totalMs: 54_317_380 });
	});

	it('says what it was given when it is not /proc/stat', () => {
		expect(() => parseMachineCpu('MemTotal: 1 kB')).toThrow('Not the first line of /proc/stat: "MemTotal: 1 kB"');
	});
});
