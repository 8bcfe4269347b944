import { escapeXml } from '../lib/feeds/escape-xml.ts';

export interface EditorPage {
	/** The page's language: the site's locale. */
	lang: string;
	/** The title in the browser tab. */
	title: string;
	/** The site's icon. */
	icon: string;
	/** The editor's folder, base path included, ending in `/`: its files are here. */
	folder: string;
	/** Shown when the browser runs no JavaScript. */
	needsJavaScript: string;
	/** The page's Content Security Policy. */
	policy: string;
}

/** The editor's page as the server sends it. */
export function editorPageResponse(page: EditorPage): Response {
	return new Response(renderEditorPage(page), { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

/**
 * The editor's page: the editor's bundle, then the site's preview styles and templates (which register themselves
 * with it), its config beside it, kept out of search engines. Written whole, not through the site's layout, so it
 * carries no site stylesheet and its own policy.
 */
export function renderEditorPage(page: EditorPage): string {
	return [
		'<!DOCTYPE html>',
		`<html lang="${escapeXml(page.lang)}">`,
		'<head>',
		'<meta charset="utf-8">',
		`<meta http-equiv="content-security-policy" content="${escapeXml(page.policy)}">`,
		'<meta name="viewport" content="width=device-width, initial-scale=1">',
		'<meta name="robots" content="noindex">',
		`<title>${escapeXml(page.title)}</title>`,
		`<link rel="icon" href="${escapeXml(page.icon)}" type="image/svg+xml">`,
		`<link rel="cms-config-url" type="application/yaml" href="${escapeXml(page.folder)}config.yml">`,
		'</head>',
		'<body>',
		`<noscript><p>${escapeXml(page.needsJavaScript)}</p></noscript>`,
		`<script src="${escapeXml(page.folder)}sveltia-cms.js"></script>`,
		`<script src="${escapeXml(page.folder)}preview-styles.js"></script>`,
		`<script src="${escapeXml(page.folder)}preview-templates.js"></script>`,
		'</body>',
		'</html>',
		'',
	].join('\n');
}
