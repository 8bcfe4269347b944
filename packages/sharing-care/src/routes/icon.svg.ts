import type { APIRoute } from 'astro';
import { site } from '../config/site.ts';
import { drawIcon } from '../lib/graphics/draw-icon.ts';

/** The default favicon: a heart in the brand colours from the site config (used unless the config names another). */
export const GET: APIRoute = () => new Response(drawIcon(site.colours), { headers: { 'Content-Type': 'image/svg+xml' } });
