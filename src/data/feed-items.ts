import type { RSSFeedItem } from '@astrojs/rss';
import type { CollectionEntry } from 'astro:content';
import { site } from '../config/site.ts';
import { decisionAnchor } from '../lib/decision-anchor.ts';
import { escapeXml } from '../lib/escape-xml.ts';
import { firstWords } from '../lib/first-words.ts';
import { getCredits } from './credits.ts';
import { getEntryHtml } from './entry-html.ts';
import { entryUrl, getPublishedIn, sitePath, topicIdsOf, type Entry } from './entries.ts';
import { getReferenceMap } from './reference.ts';

/** How many items a feed holds: the newest ones. */
export const FEED_LIMIT = 50;
/** How many words of a decision make its title in the decisions feed. */
const DECISION_TITLE_WORDS = 10;

const absolute = (path: string) => new URL(path, site.url).href;

async function topicNames(ids: string[]): Promise<string[]> {
	const topics = await getReferenceMap('topics');
	return ids.map((id) => topics.get(id)?.data.name ?? id);
}

async function buildEntryItem(entry: Entry): Promise<RSSFeedItem> {
	const [content, categories, credits] = await Promise.all([getEntryHtml(entry), topicNames(topicIdsOf(entry)), getCredits(entry)]);
	return {
		title: entry.data.title,
		link: entryUrl(entry),
		pubDate: entry.data.date,
		description: entry.data.summary,
		categories,
		content,
		...(credits.length ? { customData: `<dc:creator>${escapeXml(credits.map((credit) => credit.name).join(', '))}</dc:creator>` } : {}),
	};
}

const cache = new Map<string, Promise<RSSFeedItem>>();

/** The feed item of one entry, with its full content. Built once per build and shared by every feed it appears in. */
export function getEntryFeedItem(entry: Entry): Promise<RSSFeedItem> {
	const key = `${entry.collection}/${entry.id}`;
	if (!cache.has(key)) cache.set(key, buildEntryItem(entry));
	return cache.get(key)!;
}

/** Feed items for the newest FEED_LIMIT of a list of published entries (already newest first). */
export function entryFeedItems(entries: readonly Entry[]): Promise<RSSFeedItem[]> {
	return Promise.all(entries.slice(0, FEED_LIMIT).map(getEntryFeedItem));
}

/**
 * One item per decision in the published minutes, newest meeting first and in the minutes' order within a
 * meeting, linking to the decision's anchor on the decisions page. The newest FEED_LIMIT.
 */
export async function decisionFeedItems(): Promise<RSSFeedItem[]> {
	const minutes = await getPublishedIn('minutes');
	const items: RSSFeedItem[] = [];
	for (const entry of minutes) {
		for (const [index, decision] of entry.data.decisions.entries()) {
			if (items.length === FEED_LIMIT) return items;
			items.push(await decisionItem(entry, decision, index));
		}
	}
	return items;
}

async function decisionItem(entry: CollectionEntry<'minutes'>, decision: CollectionEntry<'minutes'>['data']['decisions'][number], index: number): Promise<RSSFeedItem> {
	const link = absolute(sitePath(`decisions/#${decisionAnchor(entry.id, decision, index)}`));
	const meeting = entry.data.title;
	return {
		title: firstWords(decision.text, DECISION_TITLE_WORDS),
		link,
		pubDate: entry.data.date,
		description: `${decision.text} (${meeting})`,
		categories: await topicNames(decision.topics.map((topic) => topic.id)),
		content: `<p>${escapeXml(decision.text)}</p><p>Decided at: <a href="${escapeXml(entryUrl(entry))}">${escapeXml(meeting)}</a>.</p>`,
	};
}
