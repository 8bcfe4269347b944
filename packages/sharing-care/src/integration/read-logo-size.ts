import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { imageMetadata } from 'astro/assets/utils';

/**
 * The width and height of a logo the site keeps in `public/` (`logo.src` in site.config.ts), which is published as
 * it is: the header gives the browser its size, so nothing moves as it loads. Null for a logo in `src/assets/`
 * (astro:assets measures those), for none, and for a file that cannot be read (the content check names it).
 * Measured as astro:assets measures images, from the file's header, without starting an image library as Astro starts.
 */
export async function readLogoSize(root: string, src: string | undefined): Promise<{ width: number; height: number } | null> {
	if (!src?.startsWith('public/')) return null;
	try {
		const { width, height } = await imageMetadata(await readFile(join(root, src)), src);
		return width && height ? { width, height } : null;
	} catch {
		return null;
	}
}
