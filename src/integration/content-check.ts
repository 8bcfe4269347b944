import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CHECK_PROCESS = fileURLToPath(new URL('./run-content-check.ts', import.meta.url));

/** A content check running beside the build. */
export interface ContentCheck {
	/** Resolves when the content is valid; rejects once the check has printed every problem it found. */
	passed(): Promise<void>;
}

/**
 * Starts the content check (src/validation/validate-project.ts) in a process of its own, beside the page build:
 * Astro keeps about one core busy and the check fits on the other, and its memory is free again when it ends
 * (see BENCHMARKS.md). The check prints its own messages, which name the file and the field.
 *
 * Astro stops on most of the same mistakes by itself, with a message of its own, and may stop before the check
 * has finished. The check is then run to its end before the process exits, so its list of every problem is
 * still what the board sees last.
 */
export function startContentCheck(root: string): ContentCheck {
	const child = spawn(process.execPath, [CHECK_PROCESS], { cwd: root, stdio: 'inherit' });
	let finished = false;
	const exit = new Promise<number>((resolve) =>
		child.on('close', (code) => {
			finished = true;
			resolve(code ?? 1);
		}),
	);
	process.once('exit', (code) => {
		if (code === 0 || finished) return;
		child.kill();
		spawnSync(process.execPath, [CHECK_PROCESS], { cwd: root, stdio: 'inherit' });
	});
	return {
		async passed() {
			if ((await exit) !== 0) throw new Error('The content check found the problems listed above, so no page was built. Fix them, then build again.');
		},
	};
}
