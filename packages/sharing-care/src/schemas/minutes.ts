import { z } from 'astro/zod';
import { attachmentsField } from './attachments.ts';
import { baseSchema } from './base.ts';
import type { SchemaContext } from './context.ts';
import { dateField, plainText, slugField } from './fields.ts';

/** The kinds of meeting minutes are kept for. */
export const MEETING_TYPES = ['board', 'agm', 'members', 'committee'] as const;

/**
 * Board minutes, with the decisions taken and the actions agreed. Only `title` and `meeting` are required: the
 * publication date is the meeting's unless one is given, and a summary left out is written from the meeting
 * (`summarise` in src/collections/minutes.ts, from the strings table).
 */
export const minutesSchema = (ctx: SchemaContext) =>
	baseSchema(ctx)
		.extend({
			summary: plainText
				.optional()
				.describe(
					'One or two sentences saying what the meeting decided, in plain text. Leave it out to say when the meeting was and how many decisions it took.',
				),
			// Optional when written, always there once read: the meeting's date fills it in (`overwrite` below).
			date: dateField
				.optional()
				.describe(
					'The publication date, YYYY-MM-DD, when it is not the day of the meeting. A date in the future keeps the minutes unpublished until the first build on or after that day.',
				) as unknown as typeof dateField,
			meeting: dateField.describe('The date of the meeting, YYYY-MM-DD.'),
			meetingType: z.enum(MEETING_TYPES).default('board').describe('What kind of meeting it was.'),
			attendees: z.array(z.string().min(1)).default([]).describe('Who was there: names or roles.'),
			apologies: z.array(z.string().min(1)).default([]).describe('Who sent apologies: names or roles.'),
			agenda: z.array(z.string().min(1)).default([]).describe('The agenda items, in order.'),
			decisions: z
				.array(
					z.strictObject({
						text: z.string().min(1).describe('What was decided, in one or two sentences.'),
						id: slugField.optional().describe('A permanent id for linking to this decision, for example "2024-03-budget".'),
						topics: z.array(ctx.reference('topics')).default([]).describe('Topic ids from content/topics.yaml.'),
					}),
				)
				.default([])
				.describe('Decisions taken at the meeting. Each needs its text; an id (for a permanent link) and topics are optional.'),
			actions: z
				.array(
					z.strictObject({
						text: z.string().min(1).describe('What is to be done.'),
						owner: z.string().min(1).describe('Who will do it: a name or role.'),
						due: dateField.describe('When it is due, YYYY-MM-DD.'),
						status: z.enum(['open', 'done']).default('open').describe('Whether it is still to do.'),
					}),
				)
				.default([])
				.describe('Actions agreed at the meeting: what, who, and when it is due.'),
			approval: z
				.strictObject({
					status: z.enum(['draft', 'approved']).default('draft').describe('Draft until the meeting that approves them; then approved.'),
					approvedAt: ctx.reference('minutes').optional().describe("The approving meeting's minutes: their file name in content/minutes/, without .md."),
				})
				.prefault({})
				.describe(
					'Whether these minutes have been approved: status is draft until a later meeting approves them, then approved, with approvedAt naming that meeting’s minutes.',
				),
			attachments: attachmentsField,
		})
		// Minutes are published on the day of their meeting unless they give a date of their own.
		.overwrite((data) => (data.date ? data : { ...data, date: data.meeting }));

export type MinutesData = z.output<ReturnType<typeof minutesSchema>>;
