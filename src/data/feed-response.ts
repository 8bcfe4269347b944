import { getRssString } from '@astrojs/rss';
import { site } from '../config/site.ts';
import { escapeXml } from '../lib/escape-xml.ts';
import { sitePath } from './entries.ts';
import type { Feed } from './feeds.ts';

/** Where the stylesheet that shows a feed as a readable page in a browser is built. */
export const FEED_STYLESHEET_PATH = 'feed.css';

const absolute = (path: string) => new URL(path, site.url).href;

/**
 * The RSS 2.0 document of a feed: channel title, link, description, language, licence and an `atom:link`
 * to itself; items with full content. A browser shows it styled by the feed stylesheet.
 */
export async function feedResponse(feed: Feed): Promise<Response> {
	const items = await feed.loadItems();
	const xml = await getRssString({
		title: feed.title,
		description: feed.description,
		site: absolute(feed.pagePath),
		items,
		xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
		customData: [
			`<atom:link href="${escapeXml(absolute(feed.path))}" rel="self" type="application/rss+xml"/>`,
			`<language>${escapeXml(site.locale.toLowerCase())}</language>`,
			`<copyright>${escapeXml(`${site.name}. Published under ${site.licence.name}: ${site.licence.href}`)}</copyright>`,
		].join(''),
		trailingSlash: true,
	});
	// @astrojs/rss types only XSL stylesheets; a CSS one needs its type named for browsers to apply it.
	const stylesheet = `<?xml-stylesheet href="${escapeXml(sitePath(FEED_STYLESHEET_PATH))}" type="text/css"?>`;
	return new Response(xml.replace(/^(<\?xml [^?]*\?>)/, `$1${stylesheet}`), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
}
