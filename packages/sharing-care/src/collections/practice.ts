import { NEW_KEY_POINTS } from '../schemas/guidance.ts';
import { PRACTICE_INTRODUCTION, PRACTICE_SECTIONS, practiceSchema } from '../schemas/practice.ts';
import { defineEntryKind } from './define-collection.ts';

/** Practice examples: case studies that each give an account of the project and answer the same seven questions. */
export const practice = defineEntryKind({
	id: 'practice',
	schema: practiceSchema,
	labels: { singular: 'practice example', plural: 'Practice examples' },
	description: 'Case studies of co-production in social care, each answering the same questions.',
	jsonLdType: 'Article',
	newEntry: {
		fields: () => ({ keyPoints: NEW_KEY_POINTS, organisation: 'WRITE-organisation-id', place: 'WRITE: place', year: 'WRITE-year' }),
		body: PRACTICE_SECTIONS.map(
			(section) => `## ${section}\n\n${section === PRACTICE_INTRODUCTION ? 'WRITE: what the project is, who ran it and where.' : 'WRITE: the answer.'}`,
		).join('\n\n'),
	},
	facts: async (data, { t, organisation }) => [
		{ label: t.facts.organisation, items: [await organisation(data.organisation)] },
		{ label: t.facts.place, items: [{ text: [data.place, data.region].filter(Boolean).join(', ') }] },
		{ label: t.facts.year, items: [{ text: String(data.year) }] },
		data.people && { label: t.facts.workingWith, items: [{ text: data.people }] },
	],
	checkBody(body) {
		const headings = [...body.matchAll(/^##\s+(.+?)\s*$/gm)].map((match) => match[1]!);
		const missing = PRACTICE_SECTIONS.filter((section) => !headings.includes(section));
		if (!missing.length) return [];
		return [
			{
				message: `A practice example opens with "${PRACTICE_INTRODUCTION}" and answers each of the set questions, each under a "## " heading with these exact words. Missing: ${missing.map((section) => `"${section}"`).join(', ')}.`,
			},
		];
	},
	organisationIds: (data) => [data.organisation.id],
	editor: {
		icon: 'lightbulb',
		summary: ['title', 'place', 'year'],
		sortBy: ['date', 'title', 'year'],
		form: {
			essentials: ['title', 'organisation', 'place', 'region', 'year', 'people', 'keyPoints', 'body'],
			publishing: ['summary', 'date', 'draft', 'topics', 'featured', 'cover', 'updated', 'lastReviewed', 'changes', 'glossaryUnlinked'],
			source: ['source', 'sourceNotes', 'datePrecision', 'dateApproximate', 'undatedSource'],
		},
	},
});
