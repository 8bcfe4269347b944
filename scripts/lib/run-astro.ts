import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Runs the Astro CLI with this Node (so the pinned Node 24), streaming its output; resolves to its exit code. */
export function runAstro(args: string[], env: Record<string, string> = {}): Promise<number> {
	const cli = join(dirname(createRequire(`${process.cwd()}/package.json`).resolve('astro/package.json')), 'bin', 'astro.mjs');
	return new Promise((resolveCode) => {
		const child = spawn(process.execPath, [cli, ...args], {
			stdio: 'inherit',
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
		});
		child.on('close', (code) => resolveCode(code ?? 1));
	});
}
