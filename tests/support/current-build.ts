import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The time the newest file under `path` (a file or a folder) was last changed, in milliseconds; 0 if there is none. */
export function newestChange(path: string): number {
	if (!existsSync(path)) return 0;
	const stats = statSync(path);
	if (!stats.isDirectory()) return stats.mtimeMs;
	let newest = stats.mtimeMs;
	for (const entry of readdirSync(path, { withFileTypes: true, recursive: true })) {
		if (entry.name === 'node_modules' || entry.parentPath.includes('node_modules')) continue;
		newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
	}
	return newest;
}

/**
 * Whether the build in `dist` is current: its home page was written after the last change to every one of
 * `sources` (paths from `root`), as `make` decides. A build that is missing, or older than any of its sources, is
 * not. A checkout or an edit gives the files it touches the time it happened, so either makes the build old.
 */
export function isBuildCurrent(root: string, dist: string, sources: readonly string[]): boolean {
	const home = join(dist, 'index.html');
	if (!existsSync(home)) return false;
	const built = statSync(home).mtimeMs;
	return sources.every((source) => newestChange(join(root, source)) <= built);
}
