import type { APIRoute } from 'astro';
import { site } from '../config/site';
import { themeCss } from '../lib/theme-css';

/** The brand colours from the site config as CSS custom properties, one small cacheable file. */
export const GET: APIRoute = () => new Response(themeCss(site.colours), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
