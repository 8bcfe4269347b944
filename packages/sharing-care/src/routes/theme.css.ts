import type { APIRoute } from 'astro';
import { site } from '../config/site.ts';
import { themeCss } from '../lib/graphics/theme-css.ts';

/** The brand colours from the site config as CSS custom properties, one small cacheable file. */
export const GET: APIRoute = () => new Response(themeCss(site.colours), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
