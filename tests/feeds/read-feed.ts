import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { listFiles } from '../support/read-dist.ts';

export interface FeedItem {
	title: string;
	link: string;
	guid: string;
	guidIsPermaLink: string | undefined;
	pubDate: string;
	description: string;
	content: string;
	categories: string[];
	creators: string[];
	/** The day of the latest update (`dcterms:modified`), when there was one. */
	modified: string | undefined;
	/** The file the item carries (`<enclosure url length type>`), when it has one. */
	enclosure: { url: string; length: string; type: string } | undefined;
}

export interface ParsedFeed {
	/** Path of the feed file relative to the built site. */
	file: string;
	xml: string;
	/** The `<?xml-stylesheet?>` address and type, if any. */
	stylesheet: { href: string; type: string } | undefined;
	title: string;
	link: string;
	description: string;
	language: string | undefined;
	selfLinks: { href: string; rel: string; type: string }[];
	/** The namespaces the feed declares, by prefix: `dc` → `http://purl.org/dc/elements/1.1/`. */
	namespaces: Record<string, string>;
	items: FeedItem[];
}

const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@_',
	parseTagValue: false,
	parseAttributeValue: false,
	trimValues: false,
	processEntities: true,
	htmlEntities: false,
	ignorePiTags: false,
	isArray: (name) => ['item', 'category', 'atom:link', 'dc:creator'].includes(name),
});

const text = (value: unknown): string =>
	value === undefined ? '' : typeof value === 'object' ? String((value as Record<string, unknown>)['#text'] ?? '') : String(value);

/** An item's `<enclosure>`, as its three attributes; undefined when it has none. */
function enclosureOf(value: unknown): FeedItem['enclosure'] {
	if (!value || typeof value !== 'object') return undefined;
	const attributes = value as Record<string, string>;
	return { url: attributes['@_url'] ?? '', length: attributes['@_length'] ?? '', type: attributes['@_type'] ?? '' };
}

/** Parses a feed with fast-xml-parser, independently of the library that wrote it; throws if it is not well-formed XML. */
export function parseFeed(dist: string, file: string): ParsedFeed {
	const xml = readFileSync(join(dist, file), 'utf8');
	const valid = XMLValidator.validate(xml);
	if (valid !== true) throw new Error(`${file} is not well-formed: ${JSON.stringify(valid.err)}`);
	const document = parser.parse(xml);
	const channel = document.rss?.channel;
	if (!channel) throw new Error(`${file} has no rss/channel`);
	return {
		file,
		xml,
		stylesheet: document['?xml-stylesheet'] && { href: document['?xml-stylesheet']['@_href'], type: document['?xml-stylesheet']['@_type'] },
		title: text(channel.title),
		link: text(channel.link),
		description: text(channel.description),
		language: channel.language === undefined ? undefined : text(channel.language),
		namespaces: Object.fromEntries(
			Object.entries(document.rss as Record<string, unknown>)
				.filter(([name]) => name.startsWith('@_xmlns:'))
				.map(([name, value]) => [name.slice('@_xmlns:'.length), String(value)]),
		),
		selfLinks: ((channel['atom:link'] ?? []) as Record<string, string>[]).map((link) => ({
			href: link['@_href']!,
			rel: link['@_rel']!,
			type: link['@_type']!,
		})),
		items: ((channel.item ?? []) as Record<string, unknown>[]).map((item) => ({
			title: text(item.title),
			link: text(item.link),
			guid: text(item.guid),
			guidIsPermaLink: (item.guid as Record<string, string> | undefined)?.['@_isPermaLink'],
			pubDate: text(item.pubDate),
			description: text(item.description),
			content: text(item['content:encoded']),
			categories: ((item.category ?? []) as unknown[]).map(text),
			creators: ((item['dc:creator'] ?? []) as unknown[]).map(text),
			modified: item['dcterms:modified'] === undefined ? undefined : text(item['dcterms:modified']),
			enclosure: enclosureOf(item.enclosure),
		})),
	};
}

/** Every RSS feed file in a built site. */
export function listFeedFiles(dist: string): string[] {
	return listFiles(dist, 'rss.xml');
}

/** RFC 822 date-time as RSS 2.0 requires, with a four-digit year: `Fri, 14 Mar 2025 00:00:00 GMT`. */
export const RFC_822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/;
