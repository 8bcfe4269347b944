import type { APIRoute } from 'astro';
import { site } from '../config/site.ts';
import { sitePath } from '../data/entries.ts';
import { renderFeedCss } from '../lib/render-feed-css.ts';

/** The stylesheet that makes a feed opened in a browser read as a page. */
export const GET: APIRoute = () => {
	const subscribe = new URL(sitePath('subscribe/'), site.url).href;
	const css = renderFeedCss({
		colours: site.colours,
		notice: [
			'This is a web feed (also called an RSS feed). It is meant for feed reader apps, not for reading here.',
			'To subscribe, copy the address of this page from your browser’s address bar into your feed reader.',
			`What feeds are and how to subscribe: ${subscribe}`,
		].join('\n'),
	});
	return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
