import type { RSSFeedItem } from '@astrojs/rss';
import { date as formatDate } from '../i18n/format.ts';
import { t } from '../i18n/index.ts';
import { escapeXml } from '../lib/feeds/escape-xml.ts';
import { fillTemplate } from '../lib/text/fill-template.ts';
import { findLastUpdate } from '../lib/dates/find-last-update.ts';
import { hasExactDay } from '../lib/dates/has-exact-day.ts';
import { writeEntryDate } from '../lib/dates/write-entry-date.ts';
import { firstWords } from '../lib/text/first-words.ts';
import { memoiseByKey } from '../lib/entries/memoise-by-key.ts';
import { attachmentsOf } from './attachments.ts';
import { getCredits } from './credits.ts';
import { getDecisions, type Decision } from './decisions.ts';
import { entryKey, topicIdsOf, type Entry } from './entries.ts';
import { getReferenceMap } from './reference.ts';
import { absoluteUrl, entryUrl } from './urls.ts';

/** How many items a feed holds: the newest ones. */
export const FEED_LIMIT = 50;
/** How many words of a decision make its title in the decisions feed. */
const DECISION_TITLE_WORDS = 10;

async function topicNames(ids: string[]): Promise<string[]> {
	const topics = await getReferenceMap('topics');
	return ids.map((id) => topics.get(id)?.data.name ?? id);
}

/**
 * Renders the full HTML of an entry's text for its feed item. The feed routes pass `getEntryHtml`
 * (src/components/entry-html.ts), which renders components: the data layer does not import them.
 */
export type RenderEntryHtml = (entry: Entry) => Promise<string>;

/**
 * What an entry's item says about its date when it is not a known day (only a month or a year, or an estimate):
 * RSS gives every item a whole day (`pubDate`, the entry's `date`), so the item says how exact that day is, in the
 * words the entry's page uses for its date. Undefined for a date known to the day.
 */
function dateNoteOf({ data }: Entry): string | undefined {
	if (hasExactDay(data)) return undefined;
	return t.feeds.dateNote(
		writeEntryDate(formatDate(data.date, data.datePrecision), { approximate: data.dateApproximate, undatedSource: data.undatedSource }, t.dates),
	);
}

/** An entry's feed item without its content, and the note on its date its content starts with, if any. */
interface EntryItemParts {
	item: Omit<RSSFeedItem, 'content'>;
	dateNote: string | undefined;
}

async function buildEntryItem(entry: Entry): Promise<EntryItemParts> {
	const [categories, credits] = await Promise.all([topicNames(topicIdsOf(entry)), getCredits(entry)]);
	const dateNote = dateNoteOf(entry);
	const lastUpdate = findLastUpdate(entry.data);
	// RSS 2.0 has no element for a later update: Dublin Core's `modified` says it, as a calendar day.
	const customData = [
		credits.length ? `<dc:creator>${escapeXml(credits.map((credit) => credit.name).join(', '))}</dc:creator>` : '',
		lastUpdate ? `<dcterms:modified>${lastUpdate.toISOString().slice(0, 10)}</dcterms:modified>` : '',
	].join('');
	// RSS allows one enclosure an item: the first document. The item's content lists them all (getEntryHtml).
	const [document] = attachmentsOf(entry);
	return {
		item: {
			title: entry.data.title,
			link: entryUrl(entry),
			pubDate: entry.data.date,
			description: dateNote ? `${entry.data.summary} ${dateNote}` : entry.data.summary,
			categories,
			...(customData ? { customData } : {}),
			...(document ? { enclosure: { url: document.url, length: document.bytes, type: document.type.mediaType } } : {}),
		},
		dateNote,
	};
}

/** The feed item of one entry, all but its content. Built once per build and shared by every feed it appears in. */
const entryFeedItem = memoiseByKey(buildEntryItem, entryKey);

/** The feed item of one entry with its full content, which `renderHtml` renders (once per build: getEntryHtml is memoised too). */
async function entryFeedItemWithContent(entry: Entry, renderHtml: RenderEntryHtml): Promise<RSSFeedItem> {
	const [{ item, dateNote }, content] = await Promise.all([entryFeedItem(entry), renderHtml(entry)]);
	return { ...item, content: dateNote ? `<p><em>${escapeXml(dateNote)}</em></p>${content}` : content };
}

/** Feed items for the newest FEED_LIMIT of a list of published entries (already newest first), each with its full HTML from `renderHtml`. */
export function entryFeedItems(entries: readonly Entry[], renderHtml: RenderEntryHtml): Promise<RSSFeedItem[]> {
	return Promise.all(entries.slice(0, FEED_LIMIT).map((entry) => entryFeedItemWithContent(entry, renderHtml)));
}

/**
 * One item per decision in the published minutes, newest publication first and in the minutes' order within
 * a meeting, each linking to its anchor on the decisions register. The newest FEED_LIMIT.
 */
export async function decisionFeedItems(): Promise<RSSFeedItem[]> {
	const decisions = (await getDecisions()).toSorted((a, b) => b.minutes.data.date.getTime() - a.minutes.data.date.getTime());
	return Promise.all(decisions.slice(0, FEED_LIMIT).map(decisionItem));
}

async function decisionItem(decision: Decision): Promise<RSSFeedItem> {
	const { minutes } = decision;
	return {
		title: firstWords(decision.text, DECISION_TITLE_WORDS),
		link: absoluteUrl(`decisions/#${decision.anchor}`),
		pubDate: minutes.data.date,
		description: t.feeds.decisionSummary(decision.text, minutes.data.title),
		categories: await topicNames(decision.topicIds),
		content: `<p>${escapeXml(decision.text)}</p><p>${fillTemplate(escapeXml(t.feeds.decidedAt), { minutes: `<a href="${escapeXml(entryUrl(minutes))}">${escapeXml(minutes.data.title)}</a>` })}</p>`,
	};
}
