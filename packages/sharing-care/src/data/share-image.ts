import { getImage } from 'astro:assets';
import { site } from '../config/site.ts';
import { memoiseByKey } from '../lib/entries/memoise-by-key.ts';
import { readImageFacts } from '../lib/graphics/read-image-facts.ts';
import { entryKey, type Entry } from './entries.ts';
import { absoluteUrl } from './urls.ts';

export interface ShareImage {
	/** Full address of the picture. */
	url: string;
	/** What it shows, for people who cannot see it. */
	alt: string;
	width: number;
	height: number;
	/** Its media type, such as `image/png`. */
	type: string;
}

/** The size of the default share picture, the shape link previews expect. */
export const SHARE_CARD_SIZE = { width: 1200, height: 630 } as const;
/** Where the default share picture is built, under the base path. */
export const SHARE_CARD_PATH = 'share-image.png';

/** The picture link previews show for any page without one of its own: the site's name and tagline, built locally. */
export function defaultShareImage(): ShareImage {
	return {
		url: absoluteUrl(SHARE_CARD_PATH),
		alt: `${site.name}: ${site.tagline}`,
		...SHARE_CARD_SIZE,
		type: 'image/png',
	};
}

/** An entry's cover as a JPEG at most 1200 pixels wide, made once per entry. */
const coverShareImage = memoiseByKey(async (entry: Entry): Promise<ShareImage> => {
	const cover = entry.data.cover!;
	const original = readImageFacts(cover.src);
	const image = await getImage({ src: cover.src, width: Math.min(SHARE_CARD_SIZE.width, original.width), format: 'jpeg' });
	return {
		url: absoluteUrl(image.src),
		alt: cover.alt,
		width: Number(image.attributes.width ?? original.width),
		height: Number(image.attributes.height ?? original.height),
		type: 'image/jpeg',
	};
}, entryKey);

/** The picture that represents an entry when it is shared or indexed: its cover as a JPEG at most 1200 pixels wide, or the default card. */
export function shareImageFor(entry: Entry): Promise<ShareImage> {
	const cover = entry.data.cover;
	// Link previews do not show SVG pictures: an SVG cover leaves the default card in place.
	if (!cover || readImageFacts(cover.src).format === 'svg') return Promise.resolve(defaultShareImage());
	return coverShareImage(entry);
}
