import { z } from 'astro/zod';
import type { SchemaContext } from './context.ts';
import { dateField, plainText, webAddress } from './fields.ts';

/**
 * Where an entry holds a picture: the field paths whose schema is `image()`. Astro binds `image()` to each
 * entry's file, so `src/content.config.ts` builds each schema once and resolves only these fields per entry
 * (`resolveImageFields`). A test fails if an `image()` field is added without being listed here.
 */
export const IMAGE_FIELDS: readonly (readonly string[])[] = [['cover', 'src']];

/**
 * The fields every entry has, whatever its collection: the frontmatter contract documented in CONTENT.md.
 * Each collection's schema extends this one.
 */
export const baseSchema = ({ image, reference }: SchemaContext) =>
	z.strictObject({
		/** The title, as it should appear at the top of the page. */
		title: z.string().trim().min(1, { error: 'Give the entry a title.' }),
		/** One or two sentences saying what the entry is about, in plain text. Shown in lists, search results and feeds. */
		summary: plainText,
		/** The publication date, YYYY-MM-DD. A date in the future keeps the entry unpublished until then. */
		date: dateField,
		/** How exact `date` is: a known day, only the month, or only the year. */
		datePrecision: z.enum(['day', 'month', 'year']).default('day'),
		/** True when the date is an estimate (shown as "about"). */
		dateApproximate: z.boolean().default(false),
		/** When the entry was last changed in a way readers should know about. */
		updated: dateField.optional(),
		/** Topic ids from content/topics.yaml. */
		topics: z.array(reference('topics')).default([]),
		/** True lists the entry under "Start here" on the home page. */
		featured: z.boolean().default(false),
		/** True keeps the entry out of the published site. */
		draft: z.boolean().default(false),
		/** A picture shown at the top of the entry. `alt` describes it for people who cannot see it. */
		cover: z
			.strictObject({
				src: image(),
				alt: z.string().trim().min(1, { error: 'Describe the image in a few words for people who cannot see it.' }),
				caption: z.string().optional(),
			})
			.optional(),
		/** Where the text was first published, when it was first published elsewhere. */
		source: z
			.strictObject({
				name: z.string().min(1),
				url: webAddress.optional(),
			})
			.optional(),
	});

export type BaseEntryData = z.output<ReturnType<typeof baseSchema>>;
