import { toDatetimeAttribute } from '../dates/format-date.ts';

/** Someone credited with an article: a person (with their role and organisation when known) or an organisation. */
export interface JsonLdCredit {
	kind: 'person' | 'organisation';
	name: string;
	url?: string | undefined;
	jobTitle?: string | undefined;
	affiliation?: string | undefined;
}

export interface ArticleFacts {
	/** The schema.org type: `Report` for reports and audits, `BlogPosting` for blog posts, otherwise `Article`. */
	type: 'Article' | 'Report' | 'BlogPosting';
	headline: string;
	description: string;
	/** The page's full address. */
	url: string;
	datePublished: Date;
	/** How exact `datePublished` is (the entry's `datePrecision`): it is written to that precision. A day when not given. */
	datePrecision?: 'day' | 'month' | 'year' | undefined;
	/** The day of the latest update; without one, the page was last modified when it was published. */
	dateModified?: Date | undefined;
	/** When the page was last checked in full (guidance), given to its WebPage. */
	lastReviewed?: Date | undefined;
	authors: JsonLdCredit[];
	publisher: { name: string; url: string; logo?: string | undefined };
	/** Full address of an image that represents the article. */
	image?: string | undefined;
	keywords: string[];
	/** BCP 47 language tag. */
	language: string;
	/** The series or collection the article belongs to. */
	partOf?: { name: string; url: string } | undefined;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

function credit(person: JsonLdCredit): Record<string, unknown> {
	return {
		'@type': person.kind === 'person' ? 'Person' : 'Organization',
		name: person.name,
		...(person.url ? { url: person.url } : {}),
		...(person.jobTitle ? { jobTitle: person.jobTitle } : {}),
		...(person.affiliation ? { affiliation: { '@type': 'Organization', name: person.affiliation } } : {}),
	};
}

/**
 * schema.org structured data for an article-like page (a report, an audit, a post, minutes), as search
 * engines read it: headline, dates, authors, publisher. Fields with no value are left out. Updates and reviews
 * are days (`YYYY-MM-DD`); the publication date is written only as exactly as it is known, in ISO 8601's reduced
 * precision (`2020-07`, `2015`), which schema.org's Date accepts, so that no day is invented for it.
 */
export function buildArticleJsonLd(facts: ArticleFacts): Record<string, unknown> {
	const published = toDatetimeAttribute(facts.datePublished, facts.datePrecision);
	return {
		'@context': 'https://schema.org',
		'@type': facts.type,
		headline: facts.headline,
		description: facts.description,
		url: facts.url,
		mainEntityOfPage: { '@type': 'WebPage', '@id': facts.url, ...(facts.lastReviewed ? { lastReviewed: day(facts.lastReviewed) } : {}) },
		datePublished: published,
		dateModified: facts.dateModified ? day(facts.dateModified) : published,
		inLanguage: facts.language,
		...(facts.authors.length ? { author: facts.authors.map(credit) } : {}),
		publisher: {
			'@type': 'Organization',
			name: facts.publisher.name,
			url: facts.publisher.url,
			...(facts.publisher.logo ? { logo: { '@type': 'ImageObject', url: facts.publisher.logo } } : {}),
		},
		...(facts.image ? { image: facts.image } : {}),
		...(facts.keywords.length ? { keywords: facts.keywords.join(', ') } : {}),
		...(facts.partOf ? { isPartOf: { '@type': 'CreativeWorkSeries', name: facts.partOf.name, url: facts.partOf.url } } : {}),
	};
}
