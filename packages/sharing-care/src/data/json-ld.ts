import { getImage } from 'astro:assets';
import { entryKind } from '../collections/index.ts';
import { site } from '../config/site.ts';
import { buildArticleJsonLd, type ArticleFacts } from '../lib/metadata/build-article-json-ld.ts';
import { findLastUpdate } from '../lib/dates/find-last-update.ts';
import { readImageFacts } from '../lib/graphics/read-image-facts.ts';
import { readGuidanceFields } from '../lib/entries/read-guidance-fields.ts';
import { getCredits } from './credits.ts';
import { topicIdsOf, type Entry } from './entries.ts';
import { absoluteUrl, entryUrl } from './urls.ts';
import { loadLogo } from './logo.ts';
import { getReference, getReferenceMap, referencePath } from './reference.ts';
import { defaultShareImage, shareImageFor } from './share-image.ts';

let logo: Promise<string> | undefined;

/**
 * The co-op's logo as search engines take it (an SVG as it is, a PNG at most 600 pixels wide),
 * or the default share card when the site has no logo.
 */
function publisherLogo(): Promise<string> {
	logo ??= site.logo
		? loadLogo(site.logo.src).then(async (logo) => {
				if (logo.kind === 'public') return absoluteUrl(logo.src);
				const source = logo.image;
				const { format, width } = readImageFacts(source);
				const image =
					format === 'svg' ? await getImage({ src: source, format: 'svg' }) : await getImage({ src: source, width: Math.min(600, width), format: 'png' });
				return absoluteUrl(image.src);
			})
		: Promise.resolve(defaultShareImage().url);
	return logo;
}

/** The co-op as the publisher of everything on the site. */
async function publisher(): Promise<ArticleFacts['publisher']> {
	return { name: site.name, url: absoluteUrl('/'), logo: await publisherLogo() };
}

/** schema.org data for an entry's page: a Report, BlogPosting or Article with its authors, dates and publisher. */
export async function entryJsonLd(entry: Entry): Promise<Record<string, unknown>> {
	const [authors, topics, image, by] = await Promise.all([getCredits(entry), getReferenceMap('topics'), shareImageFor(entry), publisher()]);
	// Any entry in a series (a field `series` that names one) is part of it.
	const seriesId = 'series' in entry.data ? entry.data.series?.id : undefined;
	const series = seriesId ? await getReference('series', seriesId) : undefined;
	return buildArticleJsonLd({
		type: entryKind(entry.collection).jsonLdType,
		headline: entry.data.title,
		description: entry.data.summary,
		url: entryUrl(entry),
		datePublished: entry.data.date,
		datePrecision: entry.data.datePrecision,
		dateModified: findLastUpdate(entry.data),
		lastReviewed: readGuidanceFields(entry.data).lastReviewed,
		authors,
		publisher: by,
		image: image.url,
		keywords: topicIdsOf(entry).map((id) => topics.get(id)?.data.name ?? id),
		language: site.locale,
		partOf: series ? { name: series.data.name, url: absoluteUrl(referencePath('series', series.id)) } : undefined,
	});
}

/** schema.org data for the home page: the website and the co-op that publishes it. */
export async function siteJsonLd(): Promise<Record<string, unknown>> {
	const { name, url, logo } = await publisher();
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
