import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { kitCommand } from './run-script.ts';

/** A finished build: its output folder and everything it printed. */
export interface SiteBuild {
	dist: string;
	output: string;
}

/**
 * Builds a copy of the project without blocking, so two builds can share the machine: `npm run build`
 * (`sharing-care build`), or `astro build` alone, as a developer runs it before `astro preview`. Resolves with
 * the `dist/` folder and what the build printed; rejects with the output if the build fails.
 */
export function buildSite(dir: string, { astroOnly = false, env = {} }: { astroOnly?: boolean; env?: Record<string, string> } = {}): Promise<SiteBuild> {
	const dist = join(dir, 'dist');
	const args = astroOnly ? [join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', dist] : [kitCommand(dir), 'build'];
	const child = spawn(process.execPath, args, {
		cwd: dir,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...env },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
	return new Promise((resolve, reject) => {
		child.on('error', reject);
		child.on('close', (code) => (code === 0 ? resolve({ dist, output }) : reject(new Error(`The build in ${dir} failed (exit ${code}):\n${output}`))));
	});
}
