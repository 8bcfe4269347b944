import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntryHtml } from '../../components/entry-html.ts';
import { feedResponse } from '../../data/feed-response.ts';
import { feedPaths, type Feed } from '../../data/feeds.ts';

/** One feed per content type: `/blog/rss.xml`, `/reports/rss.xml`… */
export const getStaticPaths = (() => feedPaths('collection')) satisfies GetStaticPaths;

export const GET: APIRoute<{ feed: Feed }> = ({ props }) => feedResponse(props.feed, getEntryHtml);
