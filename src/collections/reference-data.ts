import { organisationSchema, personSchema, seriesSchema, topicSchema } from '../schemas/reference-data.ts';
import { slugify } from '../lib/slugify.ts';
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
export const organisations = defineDataKind({ id: 'organisations', schema: () => organisationSchema, labels: { singular: 'organisation', plural: 'Organisations' } });
export const series = defineDataKind({ id: 'series', schema: () => seriesSchema, labels: { singular: 'series', plural: 'Series' } });
