import type { ImageMetadata } from 'astro';
import { sitePath } from './urls.ts';

/** The size of a logo in `public/`, which the integration reads when the build starts (integration/read-logo-size.ts). */
declare const __SHARING_CARE_LOGO_SIZE__: { width: number; height: number } | null;

/**
 * The site's logo: a file in `src/assets/` that astro:assets processes, or one in `public/` published as it is,
 * with its address and size.
 */
export type SiteLogo = { kind: 'asset'; image: ImageMetadata } | { kind: 'public'; src: string; width: number; height: number; format: 'svg' | 'png' };

const logos = import.meta.glob<{ default: ImageMetadata }>('/src/assets/*.{svg,png}');

/** Loads the logo named in the site config (`logo.src`, checked by the content check before any page is built). */
export async function loadLogo(src: string): Promise<SiteLogo> {
	if (src.startsWith('public/')) {
		if (!__SHARING_CARE_LOGO_SIZE__) throw new Error(`site.config.ts\n  - logo.src: "${src}" could not be read. Check that the file is an .svg or .png image.`);
		const file = src.slice('public/'.length);
		return { kind: 'public', src: sitePath(file), ...__SHARING_CARE_LOGO_SIZE__, format: file.endsWith('.svg') ? 'svg' : 'png' };
	}
	const load = logos[`/${src}`];
	if (!load) throw new Error(`site.config.ts\n  - logo.src: "${src}" was not found. Put the file in src/assets/ and check the name.`);
	return { kind: 'asset', image: (await load()).default };
}
