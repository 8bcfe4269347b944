import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file of a built site as a `/`-separated path relative to it, sorted; optionally only those ending in `extension`. */
export function listSiteFiles(dist: string, extension?: string): string[] {
	return readdirSync(dist, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.filter((file) => !extension || file.endsWith(extension))
		.sort();
}
