import { z } from 'astro/zod';
import { baseSchema } from './base.ts';
import type { SchemaContext } from './context.ts';
import { dateField, slugField } from './fields.ts';

/** The kinds of meeting minutes are kept for. */
export const MEETING_TYPES = ['board', 'agm', 'members', 'committee'] as const;

/** Board minutes, with the decisions taken and the actions agreed. Only `meeting` is required beyond the common fields. */
export const minutesSchema = (ctx: SchemaContext) =>
	baseSchema(ctx).extend({
		/** The date of the meeting, YYYY-MM-DD. */
		meeting: dateField,
		/** What kind of meeting it was. */
		meetingType: z.enum(MEETING_TYPES).default('board'),
		/** Who was there: names or roles. */
		attendees: z.array(z.string().min(1)).default([]),
		/** Who sent apologies: names or roles. */
		apologies: z.array(z.string().min(1)).default([]),
		/** The agenda items, in order. */
		agenda: z.array(z.string().min(1)).default([]),
		/** Decisions taken at the meeting. */
		decisions: z
			.array(
				z.strictObject({
					/** What was decided, in one or two sentences. */
					text: z.string().min(1),
					/** A permanent id for linking to this decision, for example "2024-03-budget". */
					id: slugField.optional(),
					/** Topic ids from content/topics.yaml. */
					topics: z.array(ctx.reference('topics')).default([]),
				}),
			)
			.default([]),
		/** Actions agreed at the meeting. */
		actions: z
			.array(
				z.strictObject({
					/** What is to be done. */
					text: z.string().min(1),
					/** Who will do it: a name or role. */
					owner: z.string().min(1),
					/** When it is due, YYYY-MM-DD. */
					due: dateField,
					/** Whether it is still to do. */
					status: z.enum(['open', 'done']).default('open'),
				}),
			)
			.default([]),
		/** Whether these minutes have been approved, and at which meeting (the id of its minutes). */
		approval: z
			.strictObject({
				status: z.enum(['draft', 'approved']).default('draft'),
				approvedAt: ctx.reference('minutes').optional(),
			})
			.prefault({}),
	});

export type MinutesData = z.output<ReturnType<typeof minutesSchema>>;
