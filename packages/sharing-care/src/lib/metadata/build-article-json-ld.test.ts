import { describe, expect, it } from 'vitest';
import { buildArticleJsonLd, type ArticleFacts } from './build-article-json-ld.ts';

const facts: ArticleFacts = {
	type: 'Report',
	headline: 'Final learning report',
	description: 'What we learned.',
	url: 'https://coops.example.org/coop-kit/reports/final/',
	datePublished: new Date('2022-06-30T00:00:00Z'),
	authors: [
		{ kind: 'person', name: 'Sam Jones', jobTitle: 'Co-ordinator', affiliation: 'Example Care Co-op' },
		{ kind: 'organisation', name: 'Example Care Co-op', url: 'https://care.example.org' },
	],
	publisher: { name: 'Example Care Co-op', url: 'https://coops.example.org/coop-kit/', logo: 'https://coops.example.org/coop-kit/share-image.png' },
	image: 'https://coops.example.org/coop-kit/share-image.png',
	keywords: ['Co-production', 'Funding'],
	language: 'en-GB',
};

describe('buildArticleJsonLd', () => {
	it('describes the page with its type, headline, address and publisher', () => {
		const data = buildArticleJsonLd(facts);
		expect(data['@context']).toBe('https://schema.org');
		expect(data['@type']).toBe('Report');
		expect(data.headline).toBe('Final learning report');
		expect(data.mainEntityOfPage).toEqual({ '@type': 'WebPage', '@id': facts.url });
		expect(data.publisher).toEqual({
			'@type': 'Organization',
			name: 'Example Care Co-op',
			url: 'https://coops.example.org/coop-kit/',
			logo: { '@type': 'ImageObject', url: 'https://coops.example.org/coop-kit/share-image.png' },
		});
	});

	it('writes dates as calendar days and uses the publication date when there is no update', () => {
		const data = buildArticleJsonLd(facts);
		expect(data.datePublished).toBe('2022-06-30');
		expect(data.dateModified).toBe('2022-06-30');
		expect(buildArticleJsonLd({ ...facts, dateModified: new Date('2023-01-02T00:00:00Z') }).dateModified).toBe('2023-01-02');
		expect(buildArticleJsonLd({ ...facts, datePrecision: 'day' }).datePublished).toBe('2022-06-30');
	});

	it('writes a publication date known only to the month or the year at that precision, inventing no day', () => {
		const july = { ...facts, datePublished: new Date('2020-07-01T00:00:00Z') };
		expect(buildArticleJsonLd({ ...july, datePrecision: 'month' })).toMatchObject({ datePublished: '2020-07', dateModified: '2020-07' });
		expect(buildArticleJsonLd({ ...july, datePrecision: 'year' })).toMatchObject({ datePublished: '2020', dateModified: '2020' });
	});

	it('still writes an update as the day it was made when the publication date is less exact', () => {
		const data = buildArticleJsonLd({ ...facts, datePrecision: 'month', dateModified: new Date('2025-02-14T00:00:00Z') });
		expect(data).toMatchObject({ datePublished: '2022-06', dateModified: '2025-02-14' });
	});

	it('gives the page the day it was last reviewed, when there is one', () => {
		const data = buildArticleJsonLd({ ...facts, lastReviewed: new Date('2025-10-06T00:00:00Z') });
		expect(data.mainEntityOfPage).toEqual({ '@type': 'WebPage', '@id': facts.url, lastReviewed: '2025-10-06' });
	});

	it('credits people with their role and organisation, and organisations as organisations', () => {
		expect(buildArticleJsonLd(facts).author).toEqual([
			{ '@type': 'Person', name: 'Sam Jones', jobTitle: 'Co-ordinator', affiliation: { '@type': 'Organization', name: 'Example Care Co-op' } },
			{ '@type': 'Organization', name: 'Example Care Co-op', url: 'https://care.example.org' },
		]);
	});

	it('leaves out authors, keywords and series when there are none', () => {
		const data = buildArticleJsonLd({ ...facts, authors: [], keywords: [], image: undefined });
		expect(data).not.toHaveProperty('author');
		expect(data).not.toHaveProperty('keywords');
		expect(data).not.toHaveProperty('image');
		expect(data).not.toHaveProperty('isPartOf');
	});

	it('names the series an article belongs to', () => {
		const data = buildArticleJsonLd({
			...facts,
			type: 'BlogPosting',
			partOf: { name: 'Co-production Week', url: 'https://coops.example.org/coop-kit/series/week/' },
		});
		expect(data.isPartOf).toEqual({ '@type': 'CreativeWorkSeries', name: 'Co-production Week', url: 'https://coops.example.org/coop-kit/series/week/' });
	});
});
