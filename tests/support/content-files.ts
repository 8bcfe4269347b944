import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A real 1×1 PNG, for entries whose picture must exist so that only its missing alt text is wrong. */
export const PIXEL_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** Runs `run` while the site in `dir` holds `content/<file>` with `source`, then removes the file again. */
export async function withContentFile<T>(dir: string, file: string, source: string, run: () => Promise<T> | T): Promise<T> {
	const path = join(dir, 'content', file);
	writeFileSync(path, source);
	try {
		return await run();
	} finally {
		rmSync(path);
	}
}
