import type { APIRoute } from 'astro';
import { site } from '../config/site.ts';
import { absoluteUrl } from '../data/urls.ts';
import { t } from '../i18n/index.ts';
import { renderFeedCss } from '../lib/feeds/render-feed-css.ts';

/** The stylesheet that makes a feed opened in a browser read as a page. */
export const GET: APIRoute = () => {
	const subscribe = absoluteUrl('subscribe/');
	const css = renderFeedCss({
		colours: site.colours,
		notice: t.feeds.browserNotice(subscribe),
	});
	return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
