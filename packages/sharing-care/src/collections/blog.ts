import { blogSchema } from '../schemas/blog.ts';
import { defineEntryKind } from './define-collection.ts';

/** Blog posts. */
export const blog = defineEntryKind({
	id: 'blog',
	schema: blogSchema,
	labels: { singular: 'blog post', plural: 'Blog' },
	description: 'Posts about co-production and care by people who do it.',
	jsonLdType: 'BlogPosting',
	newEntry: {
		fields: () => ({ authors: [] }),
		body: 'WRITE: the post.',
	},
	facts: async (data, { t, people, series }) => [
		{ label: t.facts.by, items: await people(data.authors) },
		data.category && { label: t.facts.kindOfPost, items: [{ text: t.facts.blogCategories[data.category] }] },
		data.series && { label: t.facts.series, items: [await series(data.series)] },
	],
	editor: {
		icon: 'edit_note',
		summary: ['title', 'date'],
		sortBy: ['date', 'title'],
		form: {
			essentials: ['title', 'authors', 'category', 'series', 'seriesOrder', 'body'],
			publishing: ['summary', 'date', 'draft', 'topics', 'featured', 'cover', 'updated', 'changes', 'glossaryUnlinked'],
			source: ['source', 'sourceNotes', 'datePrecision', 'dateApproximate', 'undatedSource'],
		},
	},
});
