import type { ImageMetadata } from 'astro';

const logos = import.meta.glob<{ default: ImageMetadata }>('/src/assets/*.{svg,png}');

/** Loads the logo named in the site config, so astro:assets can process it locally. */
export async function loadLogo(src: string): Promise<ImageMetadata> {
	const load = logos[`/${src}`];
	if (!load) throw new Error(`site.config.ts\n  - logo.src: "${src}" was not found. Put the file in src/assets/ and check the name.`);
	return (await load()).default;
}
