import { z } from 'astro/zod';
import { baseSchema } from './base.ts';
import type { SchemaContext } from './context.ts';

/** A community audit: who carried it out, for which project, and which organisations were consulted. */
export const auditSchema = (ctx: SchemaContext) =>
	baseSchema(ctx).extend({
		/** Who carried out the audit (ids from content/people.yaml). */
		authors: z.array(ctx.reference('people')).min(1, { error: 'Name at least one author.' }),
		/** The project the audit was part of. */
		project: z.string().min(1).optional(),
		/** The organisations consulted (ids from content/organisations.yaml). */
		organisationsConsulted: z.array(ctx.reference('organisations')).min(1, { error: 'List at least one organisation consulted.' }),
	});

export type AuditData = z.output<ReturnType<typeof auditSchema>>;
