import { spawnSync } from 'node:child_process';

export interface ScriptResult {
	code: number;
	stdout: string;
	stderr: string;
	/** stdout and stderr together, as a person would see them. */
	output: string;
}

/** Runs one of the project's scripts (`scripts/<name>.ts`) in a folder with this Node, and captures what it prints. */
export function runScript(cwd: string, script: string, args: string[] = [], env: Record<string, string> = {}): ScriptResult {
	const result = spawnSync(process.execPath, [`scripts/${script}.ts`, ...args], {
		cwd,
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...env },
		maxBuffer: 64 * 1024 * 1024,
	});
	return { code: result.status ?? 1, stdout: result.stdout, stderr: result.stderr, output: `${result.stdout}\n${result.stderr}` };
}
