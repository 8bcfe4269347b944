import { spawn } from 'node:child_process';

/**
 * Runs a Node script in a child process with this Node (so the pinned Node 24), streaming its output;
 * resolves to its exit code. Each build step runs in its own process, so its memory is freed when it ends.
 */
export function runNode(script: string, args: string[] = [], env: Record<string, string> = {}): Promise<number> {
	return new Promise((resolveCode) => {
		const child = spawn(process.execPath, [script, ...args], {
			stdio: 'inherit',
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
		});
		child.on('close', (code) => resolveCode(code ?? 1));
	});
}
