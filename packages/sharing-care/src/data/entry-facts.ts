import { entryKind } from '../collections/index.ts';
import type { Fact, FactHelpers, FactItem, IdOf } from '../collections/define-collection.ts';
import { site } from '../config/site.ts';
import { t } from '../i18n/index.ts';
import { formatDate } from '../lib/dates/format-date.ts';
import { choosePlural } from '../lib/text/choose-plural.ts';
import { fillTemplate } from '../lib/text/fill-template.ts';
import { number } from '../i18n/format.ts';
import type { Entry } from './entries.ts';
import { getReference, referencePath } from './reference.ts';

export type { Fact, FactItem };

const idOf = (ref: IdOf) => (typeof ref === 'string' ? ref : ref.id);

/** What each collection's `facts()` (and `summarise()`) builds with: the strings table, and references turned into linked items. */
export const factHelpers: FactHelpers = {
	t,
	async organisation(ref) {
		const id = idOf(ref);
		const organisation = await getReference('organisations', id);
		return { text: organisation.data.name, href: referencePath('organisations', id) };
	},
	people(refs) {
		return Promise.all(
			refs.map(async (ref) => {
				const id = idOf(ref);
				const person = await getReference('people', id);
				const organisation = person.data.organisation ? (await getReference('organisations', person.data.organisation.id)).data.name : undefined;
				const note = [person.data.role, organisation].filter(Boolean).join(', ');
				return { text: person.data.name, href: referencePath('people', id), ...(note ? { note } : {}) };
			}),
		);
	},
	async series(ref) {
		const id = idOf(ref);
		return { text: (await getReference('series', id)).data.name, href: referencePath('series', id) };
	},
	day: (date) => formatDate(date, { locale: site.locale, format: site.dateFormat }),
	month: (date) => formatDate(date, { locale: site.locale, format: site.dateFormat, precision: 'month' }),
	count: (forms, value) => fillTemplate(choosePlural(forms, value, site.locale), { count: number(value) }),
};

/**
 * The facts shown beside an entry's title, as its collection declares them (src/collections/), then where it was
 * first published: the publication's title ("First published in") and who published it ("First published by"),
 * each as the entry gives them. The address, when there is one, links the first of them.
 */
export async function entryFacts(entry: Entry): Promise<Fact[]> {
	const facts = [...(await entryKind(entry.collection).facts(entry.data, factHelpers))];
	const { source } = entry.data;
	if (source) {
		const link = source.url ? { href: source.url } : {};
		if (source.title) facts.push({ label: t.facts.firstPublishedIn, items: [{ text: source.title, ...link }] });
		if (source.name) facts.push({ label: t.facts.firstPublishedBy, items: [{ text: source.name, ...(source.title ? {} : link) }] });
	}
	return facts.filter((fact): fact is Fact => Boolean(fact) && (fact as Fact).items.length > 0);
}
