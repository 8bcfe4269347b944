import type { APIRoute } from 'astro';
import { feedResponse, noFeed } from '../data/feed-response.ts';
import { singleFeed } from '../data/feeds.ts';

/** The whole site's feed: the newest entries of every type. */
export const GET: APIRoute = async () => {
	const feed = await singleFeed('site');
	return feed ? feedResponse(feed) : noFeed();
};
