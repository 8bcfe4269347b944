import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { TYPESCRIPT_NODE_ARGS } from './typescript-node-args.ts';

const CHECK_PROCESS = fileURLToPath(new URL('./run-content-check.ts', import.meta.url));

/** A content check running beside Astro's start-up. */
export interface ContentCheck {
	/** Resolves true when the content and config are valid, false once the check has printed every problem it found. */
	passed(): Promise<boolean>;
}

/**
 * Starts the content check (src/validation/validate-project.ts) in a process of its own, so its memory is free
 * again when it ends (bench/HISTORY.md). The check prints its own messages, which name the file and the field.
 * It runs while Astro starts up and loads the content, and Astro's collections finish loading, and report anything,
 * only once it has passed (data/content-check-gate.ts), so those messages are all a board member sees when something
 * is wrong, never Astro's own report of the same mistake.
 */
export function startContentCheck(root: string): ContentCheck {
	const child = spawn(process.execPath, [...TYPESCRIPT_NODE_ARGS, CHECK_PROCESS], { cwd: root, stdio: 'inherit' });
	const exit = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
	return { passed: async () => (await exit) === 0 };
}
