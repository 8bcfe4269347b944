import type { CollectionEntry } from 'astro:content';
import { site } from '../config/site.ts';
import { formatDate } from '../lib/format-date.ts';
import type { Entry } from './entries.ts';
import { getReference, referencePath } from './reference.ts';

export interface FactItem {
	text: string;
	href?: string;
	/** Extra words after the link, such as a person's role. */
	note?: string;
}

export interface Fact {
	label: string;
	items: FactItem[];
}

const day = (date: Date) => formatDate(date, { locale: site.locale, format: site.dateFormat });

async function organisationItem(id: string): Promise<FactItem> {
	const organisation = await getReference('organisations', id);
	return { text: organisation.data.name, href: referencePath('organisations', id) };
}

async function personItems(ids: { id: string }[]): Promise<FactItem[]> {
	return Promise.all(
		ids.map(async ({ id }) => {
			const person = await getReference('people', id);
			const organisation = person.data.organisation ? (await getReference('organisations', person.data.organisation.id)).data.name : undefined;
			const note = [person.data.role, organisation].filter(Boolean).join(', ');
			return { text: person.data.name, href: referencePath('people', id), ...(note ? { note } : {}) };
		}),
	);
}

const MEETING_LABELS = { board: 'Board meeting', agm: 'Annual general meeting', members: 'Members’ meeting', committee: 'Committee meeting' };

/** The facts shown beside an entry's title, according to its type: who, when, for whom. */
export async function entryFacts(entry: Entry): Promise<Fact[]> {
	const facts: Fact[] = [];
	const add = (label: string, items: FactItem[]) => items.length && facts.push({ label, items });
	switch (entry.collection) {
		case 'reports': {
			const { data } = entry as CollectionEntry<'reports'>;
			add('By', [await organisationItem(data.organisation.id), ...(await personItems(data.authors))]);
			add('Funded by', [await organisationItem(data.funder.id)]);
			if (data.programme) add('Programme', [{ text: data.programme }]);
			add('Period covered', [{ text: `${day(data.period.start)} to ${day(data.period.end)}` }]);
			add('Outcomes', data.outcomes.map((text) => ({ text })));
			break;
		}
		case 'audits': {
			const { data } = entry as CollectionEntry<'audits'>;
			add('By', await personItems(data.authors));
			if (data.project) add('Project', [{ text: data.project }]);
			add('Organisations consulted', await Promise.all(data.organisationsConsulted.map(({ id }) => organisationItem(id))));
			break;
		}
		case 'practice': {
			const { data } = entry as CollectionEntry<'practice'>;
			add('Organisation', [await organisationItem(data.organisation.id)]);
			add('Place', [{ text: [data.place, data.region].filter(Boolean).join(', ') }]);
			add('Year', [{ text: String(data.year) }]);
			if (data.people) add('Working with', [{ text: data.people }]);
			break;
		}
		case 'blog': {
			const { data } = entry as CollectionEntry<'blog'>;
			add('By', await personItems(data.authors));
			if (data.category) add('Kind of post', [{ text: data.category[0]!.toUpperCase() + data.category.slice(1) }]);
			if (data.series) {
				const series = await getReference('series', data.series.id);
				add('Series', [{ text: series.data.name, href: referencePath('series', data.series.id) }]);
			}
			break;
		}
		case 'minutes': {
			const { data } = entry as CollectionEntry<'minutes'>;
			add('Meeting', [{ text: `${MEETING_LABELS[data.meetingType]}, ${day(data.meeting)}` }]);
			add('Status', [{ text: data.approval.status === 'approved' ? 'Approved' : 'Draft minutes, not yet approved' }]);
			break;
		}
	}
	if (entry.data.source) add('First published by', [{ text: entry.data.source.name, ...(entry.data.source.url ? { href: entry.data.source.url } : {}) }]);
	return facts;
}
