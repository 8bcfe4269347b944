import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { kitOf } from '../../scripts/lib/copy-project.ts';

export interface ScriptResult {
	code: number;
	stdout: string;
	stderr: string;
	/** stdout and stderr together, as a person would see them. */
	output: string;
}

/** The kit's command line, `sharing-care`, that a site's `npm run` scripts call: the kit the site in `dir` builds with. */
export function kitCommand(dir: string): string {
	return join(kitOf(dir), 'bin', 'sharing-care.mjs');
}

/**
 * Runs one of the kit's commands (`sharing-care <command>`: build, check, new, check-links…) in a site's folder
 * with this Node, and captures what it prints.
 */
export function runScript(cwd: string, command: string, args: string[] = [], env: Record<string, string> = {}): ScriptResult {
	const result = spawnSync(process.execPath, [kitCommand(cwd), command, ...args], {
		cwd,
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...env },
		maxBuffer: 64 * 1024 * 1024,
	});
	return { code: result.status ?? 1, stdout: result.stdout, stderr: result.stderr, output: `${result.stdout}\n${result.stderr}` };
}
