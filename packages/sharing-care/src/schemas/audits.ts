import { z } from 'astro/zod';
import { guidanceSchema } from './guidance.ts';
import type { SchemaContext } from './context.ts';

/** A community audit: who carried it out, for which project, and which organisations were consulted. */
export const auditSchema = (ctx: SchemaContext) =>
	guidanceSchema(ctx).extend({
		authors: z
			.array(ctx.reference('people'))
			.min(1, { error: 'Name at least one author.' })
			.describe('Who carried out the audit: ids from content/people.yaml.'),
		project: z.string().min(1).optional().describe('The project the audit was part of.'),
		organisationsConsulted: z
			.array(ctx.reference('organisations'))
			.min(1, { error: 'List at least one organisation consulted.' })
			.describe('The organisations consulted: ids from content/organisations.yaml.'),
	});

export type AuditData = z.output<ReturnType<typeof auditSchema>>;
