import { z } from 'astro/zod';
import { baseSchema } from './base.ts';
import type { SchemaContext } from './context.ts';

/** The kinds of blog post. */
export const BLOG_CATEGORIES = ['opinion', 'news', 'experience', 'practice', 'event'] as const;

/** A co-production blog post. Nothing beyond the common fields is required. */
export const blogSchema = (ctx: SchemaContext) =>
	baseSchema(ctx).extend({
		authors: z.array(ctx.reference('people')).default([]).describe('Who wrote it: ids from content/people.yaml, for example [sue-richards].'),
		series: ctx.reference('series').optional().describe('The series it belongs to: an id from content/series.yaml.'),
		seriesOrder: z.number().int().min(1).optional().describe('Its place in the series, 1 for the first post.'),
		category: z.enum(BLOG_CATEGORIES).optional().describe('What kind of post it is.'),
	});

export type BlogData = z.output<ReturnType<typeof blogSchema>>;
