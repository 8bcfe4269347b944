/**
 * Times `npm test` here against `npm test` at another commit, on this machine, in the same run, and reports
 * medians and ratios:
 *
 *   npm run bench:tests -- --against <commit> [--runs 3] [--keep]
 *
 * It checks the commit out into `.build/bench/tests-baseline/` (a git worktree), installs and builds it there with
 * the README's first command (`npm install && npm run build`), builds this checkout too, then runs the two
 * suites one after the other, alternating, `--runs` times each. For each run it reads the wall time, and the CPU
 * time the whole machine spent meanwhile from /proc/stat: the suite is bound by CPU on 2 cores, and Chromium's
 * processes are not all children that a process's own CPU time would count. Run it on an otherwise idle machine.
 * Output goes to `.build/bench/tests-<label>-<run>.log`; the result is a table, then one JSON line, also appended
 * to `.build/bench/tests.jsonl`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, createWriteStream, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatRatio, formatSeconds, median, textTable } from './lib/bench-stats.ts';
import { readMachineCpu } from './lib/machine-cpu.ts';

const ROOT = resolve(import.meta.dirname, '..');
const BENCH_DIR = join(ROOT, '.build', 'bench');
const BASELINE_DIR = join(BENCH_DIR, 'tests-baseline');

const { values: options } = parseArgs({
	options: {
		against: { type: 'string' },
		runs: { type: 'string', default: '3' },
		keep: { type: 'boolean', default: false },
	},
});
const runs = Number(options.runs);
if (!options.against || !Number.isInteger(runs) || runs < 1) {
	console.error('Usage: npm run bench:tests -- --against <commit> [--runs 3] [--keep]');
	process.exit(2);
}

/** Runs a command to its end, its output in `logFile`; resolves with its exit code. */
function run(command: string, args: string[], cwd: string, logFile: string): Promise<number> {
	const log = createWriteStream(logFile);
	const child = spawn(command, args, { cwd, env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
	child.stdout.pipe(log);
	child.stderr.pipe(log);
	return new Promise((done, fail) => {
		child.on('error', fail);
		child.on('close', (code) => log.end(() => done(code ?? 1)));
	});
}

/** Runs a step that must pass, or stops the benchmark saying which and where its output is. */
async function mustPass(label: string, command: string, args: string[], cwd: string) {
	const logFile = join(BENCH_DIR, `tests-setup-${label}.log`);
	process.stdout.write(`→ ${label} … `);
	const code = await run(command, args, cwd, logFile);
	console.log(code === 0 ? 'done' : `failed (exit ${code}); see ${logFile}`);
	if (code !== 0) process.exit(1);
}

/** One timed `npm test`. */
interface TestRun {
	wallMs: number;
	/** CPU time of the whole machine during the run. */
	cpuMs: number;
	/** The number of tests vitest reports as passed. */
	passed: number;
	code: number;
}

async function timeTests(cwd: string, logFile: string): Promise<TestRun> {
	const before = readMachineCpu();
	const start = performance.now();
	const code = await run('npm', ['test'], cwd, logFile);
	const wallMs = performance.now() - start;
	const after = readMachineCpu();
	// vitest's summary: "Tests  1142 passed (1142)", or "Tests  1 failed | 1141 passed (1142)".
	const passed = Number(/Tests\s+(?:\d+ failed \| )?(\d+) passed/.exec(readFileSync(logFile, 'utf8'))?.[1] ?? 0);
	return { wallMs, cpuMs: after.busyMs - before.busyMs, passed, code };
}

mkdirSync(BENCH_DIR, { recursive: true });
const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
const against = spawnSync('git', ['rev-parse', '--short', options.against], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
if (!against) {
	console.error(`No commit "${options.against}" in this repository.`);
	process.exit(2);
}
console.log(`npm test at ${head} (this checkout) against ${against}, ${runs} runs each, alternating, on ${cpus().length} cores`);

if (existsSync(BASELINE_DIR)) spawnSync('git', ['worktree', 'remove', '--force', BASELINE_DIR], { cwd: ROOT });
rmSync(BASELINE_DIR, { recursive: true, force: true });
await mustPass(`check out ${against}`, 'git', ['worktree', 'add', '--detach', '--force', BASELINE_DIR, against], ROOT);
await mustPass(`install ${against}`, 'npm', ['install'], BASELINE_DIR);
await mustPass(`build ${against}`, 'npm', ['run', 'build'], BASELINE_DIR);
await mustPass(`build ${head}`, 'npm', ['run', 'build'], ROOT);

const suites = [
	{ label: 'baseline', commit: against, dir: BASELINE_DIR, runs: [] as TestRun[] },
	{ label: 'this', commit: head, dir: ROOT, runs: [] as TestRun[] },
];
for (let index = 1; index <= runs; index++) {
	for (const suite of suites) {
		const load = loadavg()[0]!.toFixed(1);
		const result = await timeTests(suite.dir, join(BENCH_DIR, `tests-${suite.label}-${index}.log`));
		suite.runs.push(result);
		console.log(
			`  ${suite.commit} run ${index}: ${formatSeconds(result.wallMs)}, CPU ${formatSeconds(result.cpuMs)}, ${result.passed} tests passed${result.code === 0 ? '' : `, exit ${result.code}`} (load ${load} before)`,
		);
	}
}
if (!options.keep) spawnSync('git', ['worktree', 'remove', '--force', BASELINE_DIR], { cwd: ROOT });

const [baseline, current] = suites.map((suite) => ({
	...suite,
	wallMs: median(suite.runs.map((result) => result.wallMs)),
	cpuMs: median(suite.runs.map((result) => result.cpuMs)),
	passed: Math.max(...suite.runs.map((result) => result.passed)),
	failed: suite.runs.filter((result) => result.code !== 0).length,
}));
console.log();
console.log(
	textTable([
		['npm test', 'tests', `wall (median of ${runs})`, 'machine CPU', 'failed runs'],
		...[baseline!, current!].map((suite) => [
			`${suite.commit} (${suite.label})`,
			String(suite.passed),
			formatSeconds(suite.wallMs),
			formatSeconds(suite.cpuMs),
			String(suite.failed),
		]),
		['ratio', '', formatRatio(current!.wallMs / baseline!.wallMs), formatRatio(current!.cpuMs / baseline!.cpuMs), ''],
	]),
);
const line = JSON.stringify({
	date: new Date().toISOString(),
	cores: cpus().length,
	runs,
	baseline: { commit: against, wallMs: baseline!.wallMs, cpuMs: baseline!.cpuMs, passed: baseline!.passed, runs: baseline!.runs },
	current: { commit: head, wallMs: current!.wallMs, cpuMs: current!.cpuMs, passed: current!.passed, runs: current!.runs },
});
console.log(line);
appendFileSync(join(BENCH_DIR, 'tests.jsonl'), `${line}\n`);
if (baseline!.failed + current!.failed > 0) process.exit(1);
