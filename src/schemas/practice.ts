import { z } from 'astro/zod';
import { baseSchema } from './base.ts';
import type { SchemaContext } from './context.ts';

/**
 * The fixed questions of the practice-example format, in order. Each practice example answers them
 * under `##` headings with these exact words; the content check makes sure none is missing.
 */
export const PRACTICE_QUESTIONS = [
	'About the project',
	'What has co-production meant to the project?',
	'What has helped in implementing a co-production approach?',
	'What difficulties were there in implementing co-production?',
	'What are the main strengths in the approach that has been taken?',
	'What have been the main outcomes of the project?',
	'How has the project worked to engage all sections of the community?',
	'What advice would the project give to others?',
] as const;

/** A practice example of co-production: who ran it, where, when, answering the fixed questions. */
export const practiceSchema = (ctx: SchemaContext) =>
	baseSchema(ctx).extend({
		/** The organisation that ran the project (an id from content/organisations.yaml). */
		organisation: ctx.reference('organisations'),
		/** The town, city or area. */
		place: z.string().min(1),
		/** The wider region or nation, for example "North West England". */
		region: z.string().min(1).optional(),
		/** The year the project ran or was written up. */
		year: z.number().int().min(1900).max(2100),
		/** Who the project worked with, for example "care leavers". */
		people: z.string().min(1).optional(),
	});

export type PracticeData = z.output<ReturnType<typeof practiceSchema>>;
