import { z } from 'astro/zod';
import { baseSchema } from './base.ts';
import type { SchemaContext } from './context.ts';

/** The kinds of blog post. */
export const BLOG_CATEGORIES = ['opinion', 'news', 'experience', 'practice', 'event'] as const;

/** A co-production blog post. Nothing beyond the common fields is required. */
export const blogSchema = (ctx: SchemaContext) =>
	baseSchema(ctx).extend({
		/** Who wrote it (ids from content/people.yaml). */
		authors: z.array(ctx.reference('people')).default([]),
		/** The series it belongs to (an id from content/series.yaml). */
		series: ctx.reference('series').optional(),
		/** Its place in the series, 1 for the first post. */
		seriesOrder: z.number().int().min(1).optional(),
		/** What kind of post it is. */
		category: z.enum(BLOG_CATEGORIES).optional(),
	});

export type BlogData = z.output<ReturnType<typeof blogSchema>>;
