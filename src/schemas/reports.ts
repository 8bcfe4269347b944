import { z } from 'astro/zod';
import { baseSchema } from './base.ts';
import type { SchemaContext } from './context.ts';
import { dateField } from './fields.ts';

/** A funded project report: who paid for the work, the period it covers, and what came of it. */
export const reportSchema = (ctx: SchemaContext) =>
	baseSchema(ctx).extend({
		/** The organisation that wrote the report (an id from content/organisations.yaml). */
		organisation: ctx.reference('organisations'),
		/** The funder (an id from content/organisations.yaml). */
		funder: ctx.reference('organisations'),
		/** The funding programme or grant, if it has a name. */
		programme: z.string().min(1).optional(),
		/** The period the report covers. */
		period: z
			.strictObject({ start: dateField, end: dateField })
			.refine((period) => period.end >= period.start, { error: 'The period must end on or after the day it starts.', path: ['end'] }),
		/** The outcomes the report describes, one short line each, in the report's own words. */
		outcomes: z.array(z.string().min(1)).min(1, { error: 'List at least one outcome.' }),
		/** People who wrote the report (ids from content/people.yaml). */
		authors: z.array(ctx.reference('people')).default([]),
	});

export type ReportData = z.output<ReturnType<typeof reportSchema>>;
