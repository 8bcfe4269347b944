import { z } from 'astro/zod';
import { guidanceSchema } from './guidance.ts';
import type { SchemaContext } from './context.ts';

/** The heading a practice example opens with: an account of the project, before the set questions. */
export const PRACTICE_INTRODUCTION = 'About the project';

/** The seven set questions of the practice-example format, in order, after the account of the project. */
export const PRACTICE_QUESTIONS = [
	'What has co-production meant to the project?',
	'What has helped in implementing a co-production approach?',
	'What difficulties were there in implementing co-production?',
	'What are the main strengths in the approach that has been taken?',
	'What have been the main outcomes of the project?',
	'How has the project worked to engage all sections of the community?',
	'What advice would the project give to others?',
] as const;

/**
 * Every section of a practice example, in order: the account of the project, then the seven questions. Each is a
 * `##` heading with these exact words; the content check makes sure none is missing.
 */
export const PRACTICE_SECTIONS = [PRACTICE_INTRODUCTION, ...PRACTICE_QUESTIONS] as const;

/** A practice example of co-production: who ran it, where, when, with an account of the project and answers to the set questions. */
export const practiceSchema = (ctx: SchemaContext) =>
	guidanceSchema(ctx).extend({
		organisation: ctx.reference('organisations').describe('The organisation that ran the project: an id from content/organisations.yaml.'),
		place: z.string().min(1).describe('The town, city or area.'),
		region: z.string().min(1).optional().describe('The wider region or nation, for example "North West England".'),
		year: z.number().int().min(1900).max(2100).describe('The year the project ran or was written up, for example 2024.'),
		people: z.string().min(1).optional().describe('Who the project worked with, for example "care leavers".'),
	});

export type PracticeData = z.output<ReturnType<typeof practiceSchema>>;
