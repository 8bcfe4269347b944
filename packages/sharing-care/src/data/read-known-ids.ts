import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { entryIdOf, isDataCollection, isEntryFile } from '../collections/index.ts';
import { keyItemsById } from '../lib/entries/key-items-by-id.ts';
import { CONTENT_DIR } from '../config/paths.ts';
import type { ReferenceCollection } from '../schemas/context.ts';

const cache = new Map<string, { stamp: number; ids: Set<string> }>();
/** The stamp of a path with nothing at it. */
const MISSING = -1;

/**
 * The ids at `path`, read again only when its modification time changes (so the dev server sees new ones); none when
 * there is nothing at `path`. Asked once for every reference an entry makes, so it looks at the file with one call,
 * a missing file included, and `read` is only called for one that is there.
 */
function cached(path: string, read: () => Set<string>): Set<string> {
	const stamp = statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? MISSING;
	const hit = cache.get(path);
	if (hit && hit.stamp === stamp) return hit.ids;
	const ids = stamp === MISSING ? new Set<string>() : read();
	cache.set(path, { stamp, ids });
	return ids;
}

/**
 * Reads the ids a reference may point to: the items' ids in `content/<collection>.yaml` for reference data, or the
 * file names in `content/<collection>/` for entries, in the site's folder `root`. Read from disk so that an unknown id
 * fails validation with a message naming the field, in the build and in `npm run check` alike.
 */
export function readKnownIds(collection: ReferenceCollection, root: string): Set<string> {
	const path = isDataCollection(collection) ? join(root, CONTENT_DIR, `${collection}.yaml`) : join(root, CONTENT_DIR, collection);
	return cached(path, () => (isDataCollection(collection) ? readDataIds(path) : readEntryIds(path)));
}

function readDataIds(file: string): Set<string> {
	let data: unknown;
	try {
		data = parseYaml(readFileSync(file, 'utf8'));
	} catch {
		return new Set(); // The YAML error itself is reported where the file is loaded.
	}
	return new Set(Object.keys(keyItemsById(data).items));
}

function readEntryIds(dir: string): Set<string> {
	return new Set(readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(isEntryFile).map(entryIdOf));
}
