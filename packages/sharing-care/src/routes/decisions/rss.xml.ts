import type { APIRoute } from 'astro';
import { getEntryHtml } from '../../components/entry-html.ts';
import { feedResponse } from '../../data/feed-response.ts';
import { singleFeed } from '../../data/feeds.ts';

/** One item per decision in the published minutes, each linking to its place in the decisions register. */
export const GET: APIRoute = async () => feedResponse(await singleFeed('decisions'), getEntryHtml);
