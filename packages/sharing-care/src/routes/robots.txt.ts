import type { APIRoute } from 'astro';
import { absoluteUrl } from '../data/urls.ts';

/** Lets every crawler in and points it at the sitemap. */
export const GET: APIRoute = () =>
	new Response(['User-agent: *', 'Allow: /', '', `Sitemap: ${absoluteUrl('sitemap-index.xml')}`, ''].join('\n'), {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
