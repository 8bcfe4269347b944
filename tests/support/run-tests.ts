/**
 * `npm test`. First, if Chromium is missing, it says so and how to install it, and stops (the browser tests
 * need it). Then it runs the type check (`astro check`) and every test (`vitest run`) side by side.
 * The type check keeps one core busy for a while, and the tests often leave one idle, so it runs at a lower
 * priority, in the time the tests leave over. The tests print as they run; the type check's report follows.
 * Exits 1 if either fails. Arguments are passed to vitest.
 *
 *   node tests/support/run-tests.ts [vitest arguments]
 */
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../scripts/lib/copy-project.ts';
import { describeMissingChromium } from '../../packages/sharing-care/src/cli/chromium.ts';

const missing = describeMissingChromium();
if (missing) {
	console.error(`✗ ${missing}`);
	process.exit(1);
}

const bin = (path: string) => join(ROOT, 'node_modules', ...path.split('/'));

let report = '';
const check = spawn(process.execPath, [bin('astro/bin/astro.mjs'), 'check'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
check.stdout.on('data', (chunk: Buffer) => (report += chunk.toString()));
check.stderr.on('data', (chunk: Buffer) => (report += chunk.toString()));
if (check.pid) setPriority(check.pid, 10);
const checked = new Promise<number>((resolve) => check.on('close', (code) => resolve(code ?? 1)));

const tests = spawn(process.execPath, [bin('vitest/vitest.mjs'), 'run', ...process.argv.slice(2)], { cwd: ROOT, stdio: 'inherit' });
const tested = new Promise<number>((resolve) => tests.on('close', (code) => resolve(code ?? 1)));

const [testsExit, checkExit] = await Promise.all([tested, checked]);
console.log(`\nType check (astro check):\n${report.trim()}`);
if (checkExit !== 0) console.error('\n✗ The type check failed (above).');
process.exit(testsExit !== 0 || checkExit !== 0 ? 1 : 0);
