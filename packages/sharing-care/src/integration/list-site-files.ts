import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Every file of a built site as a `/`-separated path relative to it, sorted; optionally only those ending in
 * `extension`, and without walking the top-level folders in `skipFolders` (such as `pagefind`, which can be
 * thousands of files, and may still be being written).
 */
export function listSiteFiles(dist: string, extension?: string, skipFolders: readonly string[] = []): string[] {
	return readdirSync(dist, { withFileTypes: true })
		.filter((entry) => !(entry.isDirectory() && skipFolders.includes(entry.name)))
		.flatMap((entry) => (entry.isDirectory() ? readdirSync(join(dist, entry.name), { recursive: true, withFileTypes: true }) : [entry]))
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.filter((file) => !extension || file.endsWith(extension))
		.sort();
}
