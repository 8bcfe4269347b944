import type { APIRoute } from 'astro';
import { getEntryHtml } from '../components/entry-html.ts';
import { feedResponse } from '../data/feed-response.ts';
import { singleFeed } from '../data/feeds.ts';

/** The whole site's feed: the newest entries of every type. */
export const GET: APIRoute = async () => feedResponse(await singleFeed('site'), getEntryHtml);
