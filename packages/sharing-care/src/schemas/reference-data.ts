import { z } from 'astro/zod';
import type { SchemaContext } from './context.ts';
import { webAddress } from './fields.ts';

/** A topic that entries are filed under. Its id (the key in content/topics.yaml) is the slug of its name. */
export const topicSchema = z.strictObject({
	name: z.string().min(1).describe('The name of the topic.'),
	description: z.string().min(1).describe('One sentence on what the topic covers.'),
});

/** An organisation: a funder, a partner, a publisher or a co-op. */
export const organisationSchema = z.strictObject({
	name: z.string().min(1).describe('The name of the organisation.'),
	shortName: z.string().min(1).optional().describe('Its short name, if it has one, for example "SCIE".'),
	url: webAddress.optional().describe('Its website.'),
	description: z.string().min(1).optional().describe('One sentence on what it is, as the content describes it.'),
});

/** A person who wrote or is named as the author of entries. */
export const personSchema = (ctx: SchemaContext) =>
	z.strictObject({
		name: z.string().min(1).describe('Their name.'),
		role: z.string().min(1).optional().describe('Their role, as given in the source.'),
		organisation: ctx.reference('organisations').optional().describe('Their organisation: an id from content/organisations.yaml.'),
	});

/** A series of entries published together, such as a week of guest posts. */
export const seriesSchema = z.strictObject({
	name: z.string().min(1).describe('The name of the series.'),
	description: z.string().min(1).describe('One or two sentences on what the series is.'),
});

export type TopicData = z.output<typeof topicSchema>;
export type OrganisationData = z.output<typeof organisationSchema>;
export type PersonData = z.output<ReturnType<typeof personSchema>>;
export type SeriesData = z.output<typeof seriesSchema>;
