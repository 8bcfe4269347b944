import { NEW_KEY_POINTS } from '../schemas/guidance.ts';
import { reportSchema } from '../schemas/reports.ts';
import { defineEntryKind } from './define-collection.ts';

/** Project reports: reports to funders on funded projects. */
export const reports = defineEntryKind({
	id: 'reports',
	schema: reportSchema,
	labels: { singular: 'project report', plural: 'Project reports' },
	description: 'Reports on funded projects: what was planned, what happened and what was learned.',
	jsonLdType: 'Report',
	newEntry: {
		fields: () => ({
			keyPoints: NEW_KEY_POINTS,
			organisation: 'WRITE-organisation-id',
			funder: 'WRITE-funder-id',
			period: { start: 'WRITE-start-date', end: 'WRITE-end-date' },
			outcomes: ['WRITE: an outcome'],
		}),
		body: 'WRITE: the report. Use ## for section headings.',
	},
	facts: async (data, { t, organisation, people, day, month }) => {
		// A period known only by its months shows only them: "April 2022 to June 2022".
		const write = data.period.precision === 'month' ? month : day;
		return [
			{ label: t.facts.by, items: [await organisation(data.organisation), ...(await people(data.authors))] },
			{ label: t.facts.fundedBy, items: [await organisation(data.funder)] },
			data.programme && { label: t.facts.programme, items: [{ text: data.programme }] },
			{ label: t.facts.periodCovered, items: [{ text: t.facts.period(write(data.period.start), write(data.period.end)) }] },
			{ label: t.facts.outcomes, items: data.outcomes.map((text) => ({ text })) },
		];
	},
	organisationIds: (data) => [data.organisation.id, data.funder.id],
	creditOrganisation: (data) => data.organisation.id,
	editor: {
		icon: 'summarize',
		summary: ['title', 'date'],
		sortBy: ['date', 'title'],
		form: {
			essentials: ['title', 'organisation', 'authors', 'funder', 'programme', 'period', 'outcomes', 'keyPoints', 'body', 'attachments'],
			publishing: ['summary', 'date', 'draft', 'topics', 'featured', 'cover', 'updated', 'lastReviewed', 'changes', 'glossaryUnlinked'],
			source: ['source', 'sourceNotes', 'datePrecision', 'dateApproximate', 'undatedSource'],
		},
	},
});
