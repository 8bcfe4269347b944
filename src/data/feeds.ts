import type { RSSFeedItem } from '@astrojs/rss';
import { site } from '../config/site.ts';
import { collectionInfo } from './collection-info.ts';
import { decisionsEnabled } from './decisions.ts';
import { enabledCollections, getPublishedEntries, getPublishedIn, sitePath } from './entries.ts';
import { decisionFeedItems, entryFeedItems } from './feed-items.ts';
import { feedTitle, SITE_FEED_SUBJECT, SITE_FEED_TITLE } from './feed-titles.ts';
import { getGroupings } from './groupings.ts';
import { getReferenceMap } from './reference.ts';

export type FeedKind = 'site' | 'collection' | 'topic' | 'series' | 'decisions';

export interface Feed {
	kind: FeedKind;
	/** The collection, topic or series id; `site` and `decisions` for those feeds. */
	id: string;
	/** What the feed follows, in a few words: "everything new", "Blog", a topic's name. */
	subject: string;
	/** The feed's title, as a feed reader lists it. */
	title: string;
	/** One sentence on what the feed carries. */
	description: string;
	/** The feed's path under the base path, such as `/coop-kit/blog/rss.xml`. */
	path: string;
	/** The path of the page the feed follows, such as `/coop-kit/blog/`. */
	pagePath: string;
	/** The feed's items, newest first; built only when the feed is. */
	loadItems: () => Promise<RSSFeedItem[]>;
}

let cache: Promise<Feed[]> | undefined;

async function listFeeds(): Promise<Feed[]> {
	if (!site.features.feeds) return [];
	const [{ byTopic, bySeries }, topics, series] = await Promise.all([getGroupings(), getReferenceMap('topics'), getReferenceMap('series')]);
	const feeds: Feed[] = [
		{
			kind: 'site',
			id: 'site',
			subject: SITE_FEED_SUBJECT,
			title: SITE_FEED_TITLE,
			description: site.tagline,
			path: sitePath('rss.xml'),
			pagePath: sitePath('/'),
			loadItems: async () => entryFeedItems(await getPublishedEntries()),
		},
	];
	for (const collection of enabledCollections()) {
		const info = collectionInfo(collection);
		feeds.push({
			kind: 'collection',
			id: collection,
			subject: info.label,
			title: feedTitle(info.label),
			description: info.description,
			path: sitePath(`${collection}/rss.xml`),
			pagePath: sitePath(`${collection}/`),
			loadItems: async () => entryFeedItems(await getPublishedIn(collection)),
		});
	}
	if (decisionsEnabled()) {
		feeds.push({
			kind: 'decisions',
			id: 'decisions',
			subject: 'Decisions',
			title: feedTitle('Decisions'),
			description: `Each decision recorded in the published minutes of ${site.name}, newest first.`,
			path: sitePath('decisions/rss.xml'),
			pagePath: sitePath('decisions/'),
			loadItems: decisionFeedItems,
		});
	}
	const byName = <T extends { data: { name: string } }>(a: T, b: T) => a.data.name.localeCompare(b.data.name);
	for (const topic of [...topics.values()].filter((t) => byTopic.has(t.id)).sort(byName)) {
		feeds.push({
			kind: 'topic',
			id: topic.id,
			subject: topic.data.name,
			title: feedTitle(topic.data.name),
			description: topic.data.description,
			path: sitePath(`topics/${topic.id}/rss.xml`),
			pagePath: sitePath(`topics/${topic.id}/`),
			loadItems: () => entryFeedItems(byTopic.get(topic.id)!),
		});
	}
	for (const one of [...series.values()].filter((s) => bySeries.has(s.id)).sort(byName)) {
		feeds.push({
			kind: 'series',
			id: one.id,
			subject: one.data.name,
			title: feedTitle(one.data.name),
			description: one.data.description,
			path: sitePath(`series/${one.id}/rss.xml`),
			pagePath: sitePath(`series/${one.id}/`),
			loadItems: () => entryFeedItems(bySeries.get(one.id)!),
		});
	}
	return feeds;
}

/**
 * Every RSS feed the site publishes: the whole site, each content type, the decisions register, each topic
 * and each series with published entries. None when feeds are switched off. Listed once per build.
 */
export function getFeeds(): Promise<Feed[]> {
	cache ??= listFeeds();
	return cache;
}

/** The feeds of one kind, as `getStaticPaths` results for their endpoints. */
export async function feedPaths(kind: FeedKind): Promise<{ params: Record<string, string>; props: { feed: Feed } }[]> {
	return (await getFeeds())
		.filter((feed) => feed.kind === kind)
		.map((feed) => ({ params: kind === 'collection' ? { collection: feed.id } : { id: feed.id }, props: { feed } }));
}

/** The one feed of a kind that has one (the site, the decisions register), if it is published. */
export async function singleFeed(kind: 'site' | 'decisions'): Promise<Feed | undefined> {
	return (await getFeeds()).find((feed) => feed.kind === kind);
}
