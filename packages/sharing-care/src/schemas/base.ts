import { z } from 'astro/zod';
import type { SchemaContext } from './context.ts';
import { dateField, plainText, webAddress } from './fields.ts';

/**
 * Where an entry holds a picture: the field paths whose schema is `image()`. Astro binds `image()` to each
 * entry's file, so the collections (src/data/astro-collections.ts) build each schema once and resolves only these fields per entry
 * (`resolveImageFields`). A test fails if an `image()` field is added without being listed here.
 */
export const IMAGE_FIELDS: readonly (readonly string[])[] = [['cover', 'src']];

/**
 * The fields every entry has, whatever its collection: the frontmatter contract documented in CONTENT.md.
 * Each collection's schema extends this one. Each field's `.describe()` text is its hint, shown by
 * `npm run new` and the web editor: one plain sentence or two.
 */
export const baseSchema = ({ image, reference }: SchemaContext) =>
	z.strictObject({
		title: z.string().trim().min(1, { error: 'Give the entry a title.' }).describe('The title, as it should appear at the top of the page.'),
		summary: plainText.describe(
			'One or two sentences saying what the entry is about, in plain text with no formatting marks. Shown in lists, search results and feeds.',
		),
		date: dateField.describe('The publication date, YYYY-MM-DD. A date in the future keeps the entry unpublished until the first build on or after that day.'),
		datePrecision: z.enum(['day', 'month', 'year']).default('day').describe('How exact the date is: a known day, only the month, or only the year.'),
		dateApproximate: z.boolean().default(false).describe('True when the date is an estimate (shown as "about").'),
		undatedSource: z
			.boolean()
			.default(false)
			.describe(
				'True when the text was first published without a date: the date is then your estimate, used to sort the entry, and readers are told the source gives none.',
			),
		updated: dateField
			.optional()
			.describe('When the entry was last changed in a way readers should know about, YYYY-MM-DD. A change listed under changes counts too.'),
		changes: z
			.array(
				z.strictObject({
					date: dateField.describe('The day of the change, YYYY-MM-DD.'),
					note: plainText.describe('What changed, in one plain sentence, for example "Corrected the date of the May event."'),
				}),
			)
			.default([])
			.describe(
				'Changes readers should know about, each with its date and a short note. Listed under "Page history" at the end of the page, newest first; the latest is shown as when the page was last updated.',
			),
		topics: z.array(reference('topics')).default([]).describe('Topic ids from content/topics.yaml, for example [co-production, membership-and-governance].'),
		featured: z.boolean().default(false).describe('True lists the entry under "Start here" on the home page.'),
		draft: z.boolean().default(false).describe('True keeps the entry out of the published site. Change it to false when the entry is ready to publish.'),
		cover: z
			.strictObject({
				src: image().describe('The picture file, next to the entry: ./photo.jpg.'),
				alt: z
					.string()
					.trim()
					.min(1, { error: 'Describe the image in a few words for people who cannot see it.' })
					.describe('What the picture shows, for people who cannot see it.'),
				caption: z.string().optional().describe('A caption shown under the picture.'),
			})
			.optional()
			.describe('A picture shown at the top of the entry.'),
		source: z
			.strictObject({
				name: z.string().trim().min(1).optional().describe('Who first published it: an organisation or a person.'),
				title: z.string().trim().min(1).optional().describe('The title of the publication it first appeared in, such as a guide or a report.'),
				url: webAddress.optional().describe('The address where it was first published.'),
			})
			.refine((source) => source.name !== undefined || source.title !== undefined, {
				error: 'Say who first published it (name), the title of the publication it appeared in (title), or both.',
				path: ['name'],
			})
			.optional()
			.describe('Where the text was first published, when it was first published elsewhere.'),
		sourceNotes: z
			.array(plainText)
			.default([])
			.describe('Notes for readers on how this text differs from its source, one plain sentence each: what was left out or added, and why.'),
		glossaryUnlinked: z
			.array(reference('glossary'))
			.default([])
			.describe(
				'Terms from the glossary not to link in this entry, because the entry uses the word in its own sense: ids from content/glossary.yaml, for example [user-member]. Elsewhere the term still links to its definition.',
			),
	});

export type BaseEntryData = z.output<ReturnType<typeof baseSchema>>;
