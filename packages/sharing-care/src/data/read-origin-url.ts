import { execFileSync } from 'node:child_process';

/** The address of the `origin` remote of the git clone `root` is in, if it is a clone with one. */
export function readOriginUrl(root: string): string | undefined {
	try {
		return (
			execFileSync('git', ['config', '--get', 'remote.origin.url'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined
		);
	} catch {
		return undefined;
	}
}
