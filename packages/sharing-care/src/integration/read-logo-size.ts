import { join } from 'node:path';
import sharp from 'sharp';

/**
 * The width and height of a logo the site keeps in `public/` (`logo.src` in site.config.ts), which is published as
 * it is: the header gives the browser its size, so nothing moves as it loads. Null for a logo in `src/assets/`
 * (astro:assets measures those), for none, and for a file that cannot be read (the content check names it).
 */
export async function readLogoSize(root: string, src: string | undefined): Promise<{ width: number; height: number } | null> {
	if (!src?.startsWith('public/')) return null;
	try {
		const { width, height } = await sharp(join(root, src)).metadata();
		return width && height ? { width, height } : null;
	} catch {
		return null;
	}
}
