import type { APIRoute } from 'astro';
import { site } from '../config/site.ts';
import { buildWebManifest } from '../lib/metadata/build-web-manifest.ts';

/** The web app manifest: the co-op's names, colours and icon from the site config. */
export const GET: APIRoute = () =>
	new Response(`${JSON.stringify(buildWebManifest(site), null, '\t')}\n`, { headers: { 'Content-Type': 'application/manifest+json' } });
