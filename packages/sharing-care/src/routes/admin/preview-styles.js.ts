import type { APIRoute } from 'astro';
import { sitePath } from '../../data/urls.ts';
import siteStyles from '../../styles/global.css?url';

/**
 * Gives the editor's preview the site's own stylesheets (its colours, then its type and layout), so an entry in
 * the preview looks as it will on the site.
 */
export const GET: APIRoute = () => {
	// The dev server hands a stylesheet over as CSS itself only when asked for it directly.
	const styles = [sitePath('theme.css'), import.meta.env.DEV ? `${siteStyles}?direct` : siteStyles];
	return new Response(`${styles.map((href) => `CMS.registerPreviewStyle(${JSON.stringify(href)});`).join('\n')}\n`, {
		headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
	});
};
