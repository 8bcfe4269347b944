import type { RSSFeedItem } from '@astrojs/rss';
import { site } from '../config/site.ts';
import { collectionInfo } from './collection-info.ts';
import { decisionsEnabled } from './decisions.ts';
import { enabledCollections, getPublishedEntries, getPublishedIn } from './entries.ts';
import { sitePath } from './urls.ts';
import { decisionFeedItems, entryFeedItems, type RenderEntryHtml } from './feed-items.ts';
import { feedTitle, SITE_FEED_SUBJECT } from './feed-titles.ts';
import { getGroupings } from './groupings.ts';
import { getReferenceMap } from './reference.ts';
import { t } from '../i18n/index.ts';

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
	/** The feed's items, newest first, each entry's content rendered by `renderHtml`; built only when the feed is. */
	loadItems: (renderHtml: RenderEntryHtml) => Promise<RSSFeedItem[]>;
}

let cache: Promise<Feed[]> | undefined;

/** A feed that follows the page at `folder` (`''` for the home page, `blog/`, `topics/care/`) and lives beside it. */
function feedFor(kind: FeedKind, id: string, subject: string, description: string, folder: string, loadItems: Feed['loadItems']): Feed {
	return { kind, id, subject, title: feedTitle(subject), description, path: sitePath(`${folder}rss.xml`), pagePath: sitePath(folder), loadItems };
}

async function listFeeds(): Promise<Feed[]> {
	if (!site.features.feeds) return [];
	const [{ byTopic, bySeries }, topics, series] = await Promise.all([getGroupings(), getReferenceMap('topics'), getReferenceMap('series')]);
	const feeds = [feedFor('site', 'site', SITE_FEED_SUBJECT, site.tagline, '', async (renderHtml) => entryFeedItems(await getPublishedEntries(), renderHtml))];
	for (const collection of enabledCollections()) {
		const { label, description } = collectionInfo(collection);
		feeds.push(
			feedFor('collection', collection, label, description, `${collection}/`, async (renderHtml) =>
				entryFeedItems(await getPublishedIn(collection), renderHtml),
			),
		);
	}
	if (decisionsEnabled()) {
		feeds.push(feedFor('decisions', 'decisions', t.feeds.decisions, t.feeds.decisionsDescription(site.name), 'decisions/', decisionFeedItems));
	}
	const byName = <T extends { data: { name: string } }>(a: T, b: T) => a.data.name.localeCompare(b.data.name);
	const references = [
		...[...topics.values()].sort(byName).map((topic) => ({ kind: 'topic' as const, folder: 'topics', reference: topic, entries: byTopic.get(topic.id) })),
		...[...series.values()].sort(byName).map((one) => ({ kind: 'series' as const, folder: 'series', reference: one, entries: bySeries.get(one.id) })),
	];
	for (const { kind, folder, reference, entries } of references) {
		// Only topics and series with published entries have a page, so only they have a feed.
		if (!entries) continue;
		const { name, description } = reference.data;
		feeds.push(feedFor(kind, reference.id, name, description, `${folder}/${reference.id}/`, (renderHtml) => entryFeedItems(entries, renderHtml)));
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
		.map((feed) => ({ params: { [kind === 'collection' ? 'collection' : 'id']: feed.id }, props: { feed } }));
}

/** The one feed of a kind that has one (the site, the decisions register). Its route exists only while the feed does. */
export async function singleFeed(kind: 'site' | 'decisions'): Promise<Feed> {
	const feed = (await getFeeds()).find((candidate) => candidate.kind === kind);
	if (!feed) throw new Error(`The ${kind} feed's route was built with its feature switched off`);
	return feed;
}

/** The autodiscovery link of the feed that follows one page (a content type, topic, series or the register); none if it has no feed. */
export async function pageFeedLinks(kind: Exclude<FeedKind, 'site'>, id: string): Promise<{ title: string; href: string }[]> {
	const feed = (await getFeeds()).find((candidate) => candidate.kind === kind && candidate.id === id);
	return feed ? [{ title: feed.title, href: feed.path }] : [];
}
