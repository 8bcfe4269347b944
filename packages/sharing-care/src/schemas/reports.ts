import { z } from 'astro/zod';
import { findMonthBounds } from '../lib/dates/find-month-bounds.ts';
import { attachmentsField } from './attachments.ts';
import { guidanceSchema } from './guidance.ts';
import type { SchemaContext } from './context.ts';
import { dateField } from './fields.ts';

const iso = (date: Date) => date.toISOString().slice(0, 10);

/** A funded project report: who paid for the work, the period it covers, and what came of it. */
export const reportSchema = (ctx: SchemaContext) =>
	guidanceSchema(ctx).extend({
		organisation: ctx.reference('organisations').describe('The organisation that wrote the report: an id from content/organisations.yaml.'),
		funder: ctx.reference('organisations').describe('The funder: an id from content/organisations.yaml.'),
		programme: z.string().min(1).optional().describe('The funding programme or grant, if it has a name.'),
		period: z
			.strictObject({
				start: dateField.describe('The first day the report covers, YYYY-MM-DD.'),
				end: dateField.describe('The last day it covers, YYYY-MM-DD.'),
				precision: z
					.enum(['day', 'month'])
					.default('day')
					.describe('How exact the period is: known days, or only the months (then start on the first day of a month and end on the last day of one).'),
			})
			.refine((period) => period.end >= period.start, { error: 'The period must end on or after the day it starts.', path: ['end'] })
			// A period known only by its months covers them whole, so its dates never claim a day the source does not give.
			.superRefine((period, ctx) => {
				if (period.precision !== 'month') return;
				const first = findMonthBounds(period.start).first;
				if (period.start.getTime() !== first.getTime()) {
					ctx.addIssue({
						code: 'custom',
						path: ['start'],
						message: `A period known only by its months starts on the first day of a month: write ${iso(first)}.`,
					});
				}
				const last = findMonthBounds(period.end).last;
				if (period.end.getTime() !== last.getTime()) {
					ctx.addIssue({ code: 'custom', path: ['end'], message: `A period known only by its months ends on the last day of a month: write ${iso(last)}.` });
				}
			})
			.describe('The period the report covers: a start and an end date, YYYY-MM-DD, and how exact they are.'),
		outcomes: z
			.array(z.string().min(1))
			.min(1, { error: 'List at least one outcome.' })
			.describe("The outcomes the report describes, one short line each, in the report's own words."),
		authors: z.array(ctx.reference('people')).default([]).describe('People who wrote the report: ids from content/people.yaml.'),
		attachments: attachmentsField,
	});

export type ReportData = z.output<ReturnType<typeof reportSchema>>;
