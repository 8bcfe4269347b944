import type { APIRoute } from 'astro';
import { site } from '../config/site.ts';
import { absoluteUrl } from '../data/urls.ts';
import { noFeed } from '../data/feed-response.ts';
import { t } from '../i18n/index.ts';
import { renderFeedCss } from '../lib/render-feed-css.ts';

/** The stylesheet that makes a feed opened in a browser read as a page. Built only when feeds are on. */
export const GET: APIRoute = () => {
	if (!site.features.feeds) return noFeed();
	const subscribe = absoluteUrl('subscribe/');
	const css = renderFeedCss({
		colours: site.colours,
		notice: t.feeds.browserNotice(subscribe),
	});
	return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
