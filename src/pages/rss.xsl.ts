import type { APIRoute } from 'astro';
import { site } from '../config/site.ts';
import { sitePath } from '../data/entries.ts';
import { noFeed } from '../data/feed-response.ts';
import { renderFeedStylesheet } from '../lib/render-feed-stylesheet.ts';

/** The stylesheet that makes a feed opened in a browser read as a page. Built only when feeds are on. */
export const GET: APIRoute = () => {
	if (!site.features.feeds) return noFeed();
	const xsl = renderFeedStylesheet({
		language: site.locale,
		stylesheets: [sitePath('theme.css'), sitePath('feed.css')],
		subscribeHref: sitePath('subscribe/'),
	});
	return new Response(xsl, { headers: { 'Content-Type': 'text/xsl; charset=utf-8' } });
};
