import type { CollectionEntry } from 'astro:content';
import { site } from '../config/site.ts';
import { buildArticleJsonLd, type ArticleFacts } from '../lib/build-article-json-ld.ts';
import { getCredits } from './credits.ts';
import { entryUrl, sitePath, topicIdsOf, type Entry } from './entries.ts';
import { getReference, getReferenceMap, referencePath } from './reference.ts';
import { defaultShareImage, shareImageFor } from './share-image.ts';

const absolute = (path: string) => new URL(path, site.url).href;

/** The co-op as the publisher of everything on the site. */
function publisher(): ArticleFacts['publisher'] {
	return { name: site.name, url: absolute(sitePath('/')), logo: defaultShareImage().url };
}

const TYPES: Record<Entry['collection'], ArticleFacts['type']> = {
	reports: 'Report',
	audits: 'Report',
	practice: 'Article',
	blog: 'BlogPosting',
	minutes: 'Article',
};

/** schema.org data for an entry's page: a Report, BlogPosting or Article with its authors, dates and publisher. */
export async function entryJsonLd(entry: Entry): Promise<Record<string, unknown>> {
	const [authors, topics, image] = await Promise.all([getCredits(entry), getReferenceMap('topics'), shareImageFor(entry)]);
	const seriesId = entry.collection === 'blog' ? (entry as CollectionEntry<'blog'>).data.series?.id : undefined;
	const series = seriesId ? await getReference('series', seriesId) : undefined;
	return buildArticleJsonLd({
		type: TYPES[entry.collection],
		headline: entry.data.title,
		description: entry.data.summary,
		url: entryUrl(entry),
		datePublished: entry.data.date,
		dateModified: entry.data.updated,
		authors,
		publisher: publisher(),
		image: image.url,
		keywords: topicIdsOf(entry).map((id) => topics.get(id)?.data.name ?? id),
		language: site.locale,
		partOf: series ? { name: series.data.name, url: absolute(referencePath('series', series.id)) } : undefined,
	});
}

/** schema.org data for the home page: the website and the co-op that publishes it. */
export function siteJsonLd(): Record<string, unknown> {
	const { name, url, logo } = publisher();
	return {
		'@context': 'https://schema.org',
		'@type': 'WebSite',
		name: site.name,
		alternateName: site.shortName,
		description: site.tagline,
		url,
		inLanguage: site.locale,
		publisher: {
			'@type': 'Organization',
			name,
			url,
			logo: { '@type': 'ImageObject', url: logo },
			...(site.social.length ? { sameAs: site.social.map((link) => link.href) } : {}),
		},
	};
}
