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
 * engines read it: headline, dates as `YYYY-MM-DD`, authors, publisher. Fields with no value are left out.
 */
export function buildArticleJsonLd(facts: ArticleFacts): Record<string, unknown> {
	return {
		'@context': 'https://schema.org',
		'@type': facts.type,
		headline: facts.headline,
		description: facts.description,
		url: facts.url,
		mainEntityOfPage: { '@type': 'WebPage', '@id': facts.url, ...(facts.lastReviewed ? { lastReviewed: day(facts.lastReviewed) } : {}) },
		datePublished: day(facts.datePublished),
		dateModified: day(facts.dateModified ?? facts.datePublished),
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
