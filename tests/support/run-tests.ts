/**
 * `npm test`. First, if Chromium is missing, it says so and how to install it, and stops (the browser tests
 * need it). Then it runs every test (`vitest run`, both projects). Arguments are passed to vitest. The type check
 * (`npm run typecheck`, `astro check`) is a step of its own, in CI and before a pull request.
 *
 *   node tests/support/run-tests.ts [vitest arguments]
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../../scripts/lib/copy-project.ts';
import { describeMissingChromium } from '../../packages/sharing-care/src/cli/chromium.ts';

const missing = describeMissingChromium();
if (missing) {
	console.error(`✗ ${missing}`);
	process.exit(1);
}

const tests = spawn(process.execPath, [join(ROOT, 'node_modules', 'vitest', 'vitest.mjs'), 'run', ...process.argv.slice(2)], { cwd: ROOT, stdio: 'inherit' });
tests.on('close', (code) => process.exit(code ?? 1));
