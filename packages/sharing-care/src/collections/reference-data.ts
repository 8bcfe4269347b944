import { organisationSchema, personSchema, seriesSchema, topicSchema } from '../schemas/reference-data.ts';
import { findSharedForms } from '../lib/text/find-term-uses.ts';
import { slugify } from '../lib/text/slugify.ts';
import { glossaryTermSchema } from '../schemas/glossary.ts';
import { defineDataKind } from './define-collection.ts';

/** Topics: a topic's id is the slug of its name, so links to it can be worked out from the name. */
export const topics = defineDataKind({
	id: 'topics',
	schema: () => topicSchema,
	labels: { singular: 'topic', plural: 'Topics' },
	checkItem(id, data) {
		const expected = slugify(data.name);
		return expected === id ? undefined : `A topic's id is the slug of its name: for "${data.name}" use "${expected}".`;
	},
});
export const people = defineDataKind({ id: 'people', schema: personSchema, labels: { singular: 'person', plural: 'People' } });
export const organisations = defineDataKind({
	id: 'organisations',
	schema: () => organisationSchema,
	labels: { singular: 'organisation', plural: 'Organisations' },
});
export const series = defineDataKind({ id: 'series', schema: () => seriesSchema, labels: { singular: 'series', plural: 'Series' } });

/**
 * The glossary: terms the entries use, each with a plain definition in the site's own words. The first use of a
 * term in an entry links to it (src/integration/glossary-links.ts). A site without the file has no glossary.
 */
export const glossary = defineDataKind({
	id: 'glossary',
	schema: glossaryTermSchema,
	labels: { singular: 'glossary term', plural: 'Glossary' },
	nameField: 'term',
	optional: true,
	checkItems(items) {
		const terms = [...items].map(([id, data]) => ({ id, forms: [data.term, ...(data.aliases ?? [])] }));
		return findSharedForms(terms).map(({ id, form, owner }) => ({
			id,
			message: `"${form}" is also a form of "${owner}", which is listed first, so its uses link there. Keep it in one term only.`,
		}));
	},
});
