import type { APIRoute } from 'astro';
import { site } from '../config/site.ts';
import { sitePath } from '../data/entries.ts';

/** Lets every crawler in and points it at the sitemap. */
export const GET: APIRoute = () =>
	new Response(['User-agent: *', 'Allow: /', '', `Sitemap: ${new URL(sitePath('sitemap-index.xml'), site.url).href}`, ''].join('\n'), {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
