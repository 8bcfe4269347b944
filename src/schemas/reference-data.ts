import { z } from 'astro/zod';
import type { SchemaContext } from './context.ts';
import { webAddress } from './fields.ts';

/** A topic that entries are filed under. Its id (the key in content/topics.yaml) is the slug of its name. */
export const topicSchema = z.strictObject({
	name: z.string().min(1),
	/** One sentence on what the topic covers. */
	description: z.string().min(1),
});

/** An organisation: a funder, a partner, a publisher or a co-op. */
export const organisationSchema = z.strictObject({
	name: z.string().min(1),
	/** Its short name, if it has one, for example "SCIE". */
	shortName: z.string().min(1).optional(),
	/** Its website. */
	url: webAddress.optional(),
	/** One sentence on what it is, as the content describes it. */
	description: z.string().min(1).optional(),
});

/** A person who wrote or is named as the author of entries. */
export const personSchema = (ctx: SchemaContext) =>
	z.strictObject({
		name: z.string().min(1),
		/** Their role, as given in the source. */
		role: z.string().min(1).optional(),
		/** Their organisation (an id from content/organisations.yaml). */
		organisation: ctx.reference('organisations').optional(),
	});

/** A series of entries published together, such as a week of guest posts. */
export const seriesSchema = z.strictObject({
	name: z.string().min(1),
	/** One or two sentences on what the series is. */
	description: z.string().min(1),
});

export type TopicData = z.output<typeof topicSchema>;
export type OrganisationData = z.output<typeof organisationSchema>;
export type PersonData = z.output<ReturnType<typeof personSchema>>;
export type SeriesData = z.output<typeof seriesSchema>;
