import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { measureProcess, readProcessTree } from './bench-process.ts';

const dir = mkdtempSync(join(tmpdir(), 'bench-process-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const MB = 1024 * 1024;

/**
 * A child that prints two phases: a small one, then one whose own child holds about 200 MB. Each spins for a set
 * amount of CPU time (not wall time), so the figures hold however busy the machine is.
 */
const SPIN = 'const spin = (ms) => { const t = process.cpuUsage().user; while (process.cpuUsage().user - t < ms * 1000); };';
const SCRIPT = `
${SPIN}
const { spawnSync } = require('node:child_process');
console.log('→ small');
spin(300);
console.log('→ hungry');
spawnSync(process.execPath, ['-e', ${JSON.stringify(`${SPIN} const b = Buffer.alloc(200 * 1024 * 1024, 1); spin(600); console.log(b[5]);`)}], { stdio: 'inherit' });
console.error('done');
`;

describe('measureProcess', () => {
	it('measures wall time, CPU time and the peak memory of the whole process tree, per phase', async () => {
		const log = join(dir, 'one.log');
		const cost = await measureProcess(process.execPath, ['-e', SCRIPT], { cwd: dir, logFile: log, phaseMarker: /^→ (.+)$/, intervalMs: 20 });
		expect(cost.code).toBe(0);
		expect(cost.cpuMs).toBeGreaterThan(850);
		expect(cost.wallMs).toBeGreaterThan(cost.cpuMs / 2);
		expect(cost.peakRssBytes).toBeGreaterThan(200 * MB);
		expect(cost.phases.map((phase) => phase.name)).toEqual(['small', 'hungry']);
		const [small, hungry] = cost.phases;
		expect(small!.cpuMs).toBeGreaterThan(250);
		expect(small!.peakRssBytes).toBeLessThan(150 * MB);
		expect(hungry!.peakRssBytes).toBeGreaterThan(200 * MB);
		expect(hungry!.cpuMs).toBeGreaterThan(550);
		expect(readFileSync(log, 'utf8')).toMatch(/→ small[\s\S]*done/);
	}, 60_000);

	it('reports a failing command by its exit code', async () => {
		const cost = await measureProcess(process.execPath, ['-e', 'process.exit(3)'], { cwd: dir, logFile: join(dir, 'two.log') });
		expect(cost.code).toBe(3);
		expect(cost.phases).toEqual([]);
	});
});

describe('readProcessTree', () => {
	it('finds this process with its memory', () => {
		const tree = readProcessTree(process.pid);
		expect(tree.get(process.pid)!.rssKb).toBeGreaterThan(0);
	});
});
