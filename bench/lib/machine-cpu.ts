import { readFileSync } from 'node:fs';

/** The machine's CPU time since it started, from the first line of `/proc/stat`, in milliseconds. */
export interface MachineCpu {
	/** Time the cores spent working (everything but idle and waiting for disks). */
	busyMs: number;
	/** Time the cores spent in all, busy or not. */
	totalMs: number;
}

/** Clock ticks per second in /proc/stat (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/**
 * Reads the machine's CPU time from the text of `/proc/stat`. Its first line, `cpu  user nice system idle iowait
 * irq softirq steal …`, adds up every core; idle and iowait are the time no work was done.
 */
export function parseMachineCpu(procStat: string): MachineCpu {
	const fields = procStat.split('\n', 1)[0]!.trim().split(/\s+/);
	if (fields[0] !== 'cpu' || fields.length < 6) throw new Error(`Not the first line of /proc/stat: "${fields.join(' ')}"`);
	const ticks = fields.slice(1).map(Number);
	const total = ticks.reduce((sum, value) => sum + value, 0);
	const idle = ticks[3]! + ticks[4]!;
	return { busyMs: ((total - idle) * 1000) / TICKS_PER_SECOND, totalMs: (total * 1000) / TICKS_PER_SECOND };
}

/** The machine's CPU time now (Linux). */
export function readMachineCpu(): MachineCpu {
	return parseMachineCpu(readFileSync('/proc/stat', 'utf8'));
}
