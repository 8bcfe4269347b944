import type { APIRoute } from 'astro';
import sharp from 'sharp';
import { site } from '../config/site.ts';
import { absoluteUrl } from '../data/urls.ts';
import { SHARE_CARD_SIZE } from '../data/share-image.ts';
import { drawShareCard } from '../lib/graphics/draw-share-card.ts';

/** The default link-preview picture: the site's name and tagline in its brand colours, drawn and converted to PNG at build time. */
export const GET: APIRoute = async () => {
	const address = new URL(absoluteUrl('/'));
	const svg = drawShareCard({
		title: site.name,
		subtitle: site.tagline,
		footer: `${address.host}${address.pathname === '/' ? '' : address.pathname.replace(/\/$/, '')}`,
		colours: site.colours,
		...SHARE_CARD_SIZE,
	});
	const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
