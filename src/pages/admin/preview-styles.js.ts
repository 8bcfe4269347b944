import type { APIRoute } from 'astro';
import { sitePath } from '../../data/urls.ts';
import siteStyles from '../../styles/global.css?url';

/**
 * Gives the editor's preview the site's own stylesheets (its colours, then its type and layout), so an entry in
 * the preview looks as it will on the site.
 */
export const GET: APIRoute = () =>
	new Response(`${[sitePath('theme.css'), siteStyles].map((href) => `CMS.registerPreviewStyle(${JSON.stringify(href)});`).join('\n')}\n`, {
		headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
	});
