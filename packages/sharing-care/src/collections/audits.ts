import { NEW_KEY_POINTS } from '../schemas/guidance.ts';
import { auditSchema } from '../schemas/audits.ts';
import { defineEntryKind } from './define-collection.ts';

/** Community audits: what organisations said when asked how they work. */
export const audits = defineEntryKind({
	id: 'audits',
	schema: auditSchema,
	labels: { singular: 'community audit', plural: 'Community audits' },
	description: 'What organisations said when they were asked how they work and what they have learned.',
	jsonLdType: 'Report',
	newEntry: {
		fields: () => ({ keyPoints: NEW_KEY_POINTS, authors: ['WRITE-person-id'], organisationsConsulted: ['WRITE-organisation-id'] }),
		body: 'WRITE: the audit. Use ## for section headings.',
	},
	facts: async (data, { t, organisation, people }) => [
		{ label: t.facts.by, items: await people(data.authors) },
		data.project && { label: t.facts.project, items: [{ text: data.project }] },
		{ label: t.facts.organisationsConsulted, items: await Promise.all(data.organisationsConsulted.map(organisation)) },
	],
	organisationIds: (data) => data.organisationsConsulted.map((ref) => ref.id),
	editor: {
		icon: 'fact_check',
		summary: ['title', 'date'],
		sortBy: ['date', 'title'],
		form: {
			essentials: ['title', 'authors', 'project', 'organisationsConsulted', 'keyPoints', 'body'],
			publishing: ['summary', 'date', 'draft', 'topics', 'featured', 'cover', 'updated', 'lastReviewed', 'changes', 'glossaryUnlinked'],
			source: ['source', 'sourceNotes', 'datePrecision', 'dateApproximate', 'undatedSource'],
		},
	},
});
