import { getRssString } from '@astrojs/rss';
import { site } from '../config/site.ts';
import { t } from '../i18n/index.ts';
import { escapeXml } from '../lib/feeds/escape-xml.ts';
import { absoluteUrl, sitePath } from './urls.ts';
import type { RenderEntryHtml } from './feed-items.ts';
import type { Feed } from './feeds.ts';

/** Where the stylesheet that shows a feed as a readable page in a browser is built. */
export const FEED_STYLESHEET_PATH = 'feed.css';

/**
 * The RSS 2.0 document of a feed: channel title, link, description, language, licence and an `atom:link`
 * to itself; items with full content, each entry's rendered by `renderHtml` (the routes pass `getEntryHtml`
 * from src/components/entry-html.ts). A browser shows it styled by the feed stylesheet.
 */
export async function feedResponse(feed: Feed, renderHtml: RenderEntryHtml): Promise<Response> {
	const items = await feed.loadItems(renderHtml);
	const xml = await getRssString({
		title: feed.title,
		description: feed.description,
		site: absoluteUrl(feed.pagePath),
		items,
		xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/', dcterms: 'http://purl.org/dc/terms/' },
		customData: [
			`<atom:link href="${escapeXml(absoluteUrl(feed.path))}" rel="self" type="application/rss+xml"/>`,
			`<language>${escapeXml(site.locale.toLowerCase())}</language>`,
			`<copyright>${escapeXml(t.feeds.copyright(site.name, site.licence.name, site.licence.href))}</copyright>`,
		].join(''),
		trailingSlash: true,
	});
	// @astrojs/rss types only XSL stylesheets; a CSS one needs its type named for browsers to apply it.
	const stylesheet = `<?xml-stylesheet href="${escapeXml(sitePath(FEED_STYLESHEET_PATH))}" type="text/css"?>`;
	return new Response(xml.replace(/^(<\?xml [^?]*\?>)/, `$1${stylesheet}`), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
