import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntryHtml } from '../../../components/entry-html.ts';
import { feedResponse } from '../../../data/feed-response.ts';
import { feedPaths, type Feed } from '../../../data/feeds.ts';

/** One feed per topic with published entries: `/topics/<topic>/rss.xml`. */
export const getStaticPaths = (() => feedPaths('topic')) satisfies GetStaticPaths;

export const GET: APIRoute<{ feed: Feed }> = ({ props }) => feedResponse(props.feed, getEntryHtml);
