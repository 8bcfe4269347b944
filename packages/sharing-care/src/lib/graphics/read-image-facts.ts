import type { ImageMetadata } from 'astro';

/** What the kit needs to know of an imported picture to ask astro:assets for a version of it. */
export type ImageFacts = Pick<ImageMetadata, 'width' | 'height' | 'format'>;

/**
 * The size and format of an imported picture (a cover, a logo in `src/assets/`), read without publishing its
 * original file. astro:assets publishes a picture's original file beside the versions it makes as soon as a page
 * reads any of its fields, because the page might link to it: reading `cover.src.width` would put the file as it
 * came from the camera in `dist/` (with what it records, such as where the photo was taken), though no page links
 * to it. astro:assets' own `getImage` reads a copy the picture carries for this (`clone`); this reads the same copy,
 * and the picture itself where there is none.
 */
export function readImageFacts(image: ImageMetadata): ImageFacts {
	const copy = (image as ImageMetadata & { clone?: ImageMetadata }).clone ?? image;
	return { width: copy.width, height: copy.height, format: copy.format };
}
