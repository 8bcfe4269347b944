import { z } from 'astro/zod';
import { guidanceSchema } from './guidance.ts';
import type { SchemaContext } from './context.ts';
import { dateField } from './fields.ts';

/** A funded project report: who paid for the work, the period it covers, and what came of it. */
export const reportSchema = (ctx: SchemaContext) =>
	guidanceSchema(ctx).extend({
		organisation: ctx.reference('organisations').describe('The organisation that wrote the report: an id from content/organisations.yaml.'),
		funder: ctx.reference('organisations').describe('The funder: an id from content/organisations.yaml.'),
		programme: z.string().min(1).optional().describe('The funding programme or grant, if it has a name.'),
		period: z
			.strictObject({ start: dateField.describe('The first day the report covers, YYYY-MM-DD.'), end: dateField.describe('The last day it covers, YYYY-MM-DD.') })
			.refine((period) => period.end >= period.start, { error: 'The period must end on or after the day it starts.', path: ['end'] })
			.describe('The period the report covers: a start and an end date, YYYY-MM-DD.'),
		outcomes: z.array(z.string().min(1)).min(1, { error: 'List at least one outcome.' }).describe("The outcomes the report describes, one short line each, in the report's own words."),
		authors: z.array(ctx.reference('people')).default([]).describe('People who wrote the report: ids from content/people.yaml.'),
	});

export type ReportData = z.output<ReturnType<typeof reportSchema>>;
