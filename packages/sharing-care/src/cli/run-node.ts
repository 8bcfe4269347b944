import { spawn } from 'node:child_process';
import { TYPESCRIPT_NODE_ARGS } from '../integration/typescript-node-args.ts';

/** A Node script running in a child process. */
export interface RunningNode {
	/** Resolves to the exit code (1 when killed or crashed). */
	exit: Promise<number>;
	/** Ends the process early, for example when a step running beside it has already failed. */
	stop(): void;
}

/**
 * Starts a Node script in a child process with this Node (so the pinned Node 24), streaming its output.
 * Each build step runs in its own process, so its memory is freed when it ends.
 */
export function startNode(script: string, args: string[] = [], env: Record<string, string> = {}): RunningNode {
	const child = spawn(process.execPath, [...TYPESCRIPT_NODE_ARGS, script, ...args], {
		stdio: 'inherit',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
	});
	const exit = new Promise<number>((resolveCode) => child.on('close', (code) => resolveCode(code ?? 1)));
	return { exit, stop: () => void child.kill('SIGTERM') };
}
