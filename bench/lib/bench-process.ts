import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';

/** What a stretch of a measured process (with everything it started) cost. */
export interface Cost {
	/** Wall time, in milliseconds. */
	wallMs: number;
	/**
	 * Peak memory of the process tree, in bytes: the largest sum of resident memory across the process and its
	 * descendants seen at one sample, or the high-water mark of a single process that ended in this stretch if that
	 * is larger (it catches a short peak between two samples).
	 */
	peakRssBytes: number;
	/** CPU time (user + system) of the process tree, in milliseconds: less disturbed than wall time by other work on the machine. */
	cpuMs: number;
}

export interface ProcessCost extends Cost {
	/** The exit code (1 when killed by a signal). */
	code: number;
	/** The stretches of the run between phase markers, in order (empty without `phaseMarker`). */
	phases: ({ name: string } & Cost)[];
}

export interface MeasureOptions {
	cwd: string;
	env?: Record<string, string>;
	/** Where the process's stdout and stderr go; they are kept out of the benchmark's own output. */
	logFile: string;
	/** How often the process tree is sampled, in milliseconds. */
	intervalMs?: number;
	/**
	 * A line of stdout that starts a phase, its name in the first group: `/^→ (.+)$/` matches the steps that
	 * `scripts/lib/timed.ts` prints. Each phase lasts until the next one starts or the process ends.
	 */
	phaseMarker?: RegExp;
}

interface ProcStatus {
	ppid: number;
	rssKb: number;
	hwmKb: number;
	/** CPU time of the process and of its children it has waited for, in clock ticks. */
	cpuTicks: number;
}

/** Clock ticks per second in /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

function readStatus(pid: number): ProcStatus | undefined {
	try {
		const text = readFileSync(`/proc/${pid}/status`, 'utf8');
		const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(text)?.[1] ?? 0);
		// Fields after the command name (which may hold spaces): state is 3rd, utime/stime/cutime/cstime the 14th–17th.
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		const cpuTicks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i] ?? 0), 0);
		return { ppid: field('PPid'), rssKb: field('VmRSS'), hwmKb: field('VmHWM'), cpuTicks };
	} catch {
		return undefined; // the process ended between listing and reading
	}
}

/** Every live process under `root` (itself included), with its memory, read from `/proc`. */
export function readProcessTree(root: number): Map<number, ProcStatus> {
	const all = new Map<number, ProcStatus>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		const status = readStatus(Number(name));
		if (status) all.set(Number(name), status);
	}
	const tree = new Map<number, ProcStatus>();
	const rootStatus = all.get(root);
	if (!rootStatus) return tree;
	tree.set(root, rootStatus);
	for (let grew = true; grew;) {
		grew = false;
		for (const [pid, status] of all) {
			if (!tree.has(pid) && tree.has(status.ppid)) {
				tree.set(pid, status);
				grew = true;
			}
		}
	}
	return tree;
}

/** GNU time, which reports the CPU time of a command and of every process it waited for. */
const TIME = '/usr/bin/time';

/**
 * Runs a command and measures its wall time, CPU time and the peak resident memory of its whole process tree by
 * sampling `/proc` (Linux), overall and per phase. The total CPU time comes from GNU time when it is installed
 * (`/usr/bin/time`), else from the last sample. Output goes to `logFile`. Resolves when the process exits,
 * whatever its exit code.
 */
export function measureProcess(
	command: string,
	args: string[],
	{ cwd, env = {}, logFile, intervalMs = 100, phaseMarker }: MeasureOptions,
): Promise<ProcessCost> {
	const log = createWriteStream(logFile, { flags: 'a' });
	const timeFile = `${logFile}.time-${process.pid}`;
	const viaTime = existsSync(TIME);
	const start = performance.now();
	const child = viaTime
		? spawn(TIME, ['-f', '%U %S', '-o', timeFile, command, ...args], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
		: spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
	/**
	 * Each descendant's phase and its latest high-water mark. A descendant belongs to the phase it was last seen in:
	 * a build step waits for what it started before the next step prints its marker, whereas a process may well be
	 * seen starting before the marker that announced it has been read.
	 */
	const descendants = new Map<number, { phase: number; hwmKb: number }>();
	let overallKb = 0;
	const phases: { name: string; start: number; end?: number; peakKb: number; startTicks: number }[] = [];
	let lastTicks = 0;
	const sample = () => {
		if (child.pid === undefined) return;
		let sum = 0;
		let ticks = 0;
		for (const [pid, status] of readProcessTree(child.pid)) {
			sum += status.rssKb;
			ticks += status.cpuTicks;
			overallKb = Math.max(overallKb, status.hwmKb);
			// The command itself (under GNU time, the time process's child) spans every phase: only what it starts is attributed.
			if (pid === child.pid || (viaTime && status.ppid === child.pid)) continue;
			const known = descendants.get(pid) ?? { phase: -1, hwmKb: 0 };
			known.phase = phases.length - 1;
			known.hwmKb = Math.max(known.hwmKb, status.hwmKb);
			descendants.set(pid, known);
		}
		overallKb = Math.max(overallKb, sum);
		lastTicks = Math.max(lastTicks, ticks);
		const phase = phases.at(-1);
		if (phase) phase.peakKb = Math.max(phase.peakKb, sum);
	};
	const timer = setInterval(sample, intervalMs);
	let pending = '';
	child.stdout.on('data', (chunk: Buffer) => {
		log.write(chunk);
		if (!phaseMarker) return;
		pending += chunk.toString('utf8');
		const lines = pending.split('\n');
		pending = lines.pop() ?? '';
		for (const line of lines) {
			const name = phaseMarker.exec(line)?.[1];
			if (name === undefined) continue;
			sample();
			const now = performance.now();
			const previous = phases.at(-1);
			if (previous) previous.end = now;
			phases.push({ name, start: now, peakKb: 0, startTicks: lastTicks });
			sample();
		}
	});
	child.stderr.on('data', (chunk: Buffer) => log.write(chunk));
	return new Promise((resolve, reject) => {
		child.on('error', (error) => {
			clearInterval(timer);
			log.end();
			reject(error);
		});
		child.on('close', (code) => {
			const end = performance.now();
			clearInterval(timer);
			log.end();
			const last = phases.at(-1);
			if (last && last.end === undefined) last.end = end;
			let cpuMs = (lastTicks * 1000) / TICKS_PER_SECOND;
			if (viaTime && existsSync(timeFile)) {
				const [user, system] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
				if (Number.isFinite(user) && Number.isFinite(system)) cpuMs = Math.max(cpuMs, (user! + system!) * 1000);
				rmSync(timeFile, { force: true });
			}
			const totalTicks = (cpuMs * TICKS_PER_SECOND) / 1000;
			resolve({
				wallMs: end - start,
				peakRssBytes: overallKb * 1024,
				cpuMs,
				code: code ?? 1,
				phases: phases.map((phase, index) => {
					const started = [...descendants.values()].filter((d) => d.phase === index).map((d) => d.hwmKb);
					const endTicks = phases[index + 1]?.startTicks ?? totalTicks;
					return {
						name: phase.name,
						wallMs: (phase.end ?? end) - phase.start,
						peakRssBytes: Math.max(phase.peakKb, ...started) * 1024,
						cpuMs: ((endTicks - phase.startTicks) * 1000) / TICKS_PER_SECOND,
					};
				}),
			});
		});
	});
}
