import type { APIRoute } from 'astro';
import { sitePath } from '../../data/urls.ts';
import { EDITOR_FOLDER } from '../../editor/editor-files.ts';
import siteStyles from '../../styles/global.css?url';

/**
 * Gives the editor's preview the site's own stylesheets (its colours, then its type and layout, then the own styles of
 * the components an entry's page is made of: preview.css.ts), so an entry in the preview looks as it will on the site.
 */
export const GET: APIRoute = () => {
	// The dev server hands a stylesheet over as CSS itself only when asked for it directly.
	const styles = [sitePath('theme.css'), import.meta.env.DEV ? `${siteStyles}?direct` : siteStyles, sitePath(`${EDITOR_FOLDER}/preview.css`)];
	return new Response(`${styles.map((href) => `CMS.registerPreviewStyle(${JSON.stringify(href)});`).join('\n')}\n`, {
		headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
	});
};
