import { minutesSchema } from '../schemas/minutes.ts';
import { defineEntryKind } from './define-collection.ts';

/** Board minutes, with the decisions taken and the actions agreed; `site.features.minutes` turns them off. */
export const minutes = defineEntryKind({
	id: 'minutes',
	schema: minutesSchema,
	labels: { singular: 'set of minutes', plural: 'Board minutes' },
	description: 'Minutes of board and members’ meetings, with the decisions taken in them.',
	jsonLdType: 'Article',
	newEntry: {
		fields: (today) => ({
			// The meeting gives the summary and the publication date, unless they are written.
			summary: undefined,
			date: undefined,
			meeting: today,
			meetingType: 'board',
			attendees: [],
			apologies: [],
			agenda: [],
			decisions: [{ text: 'WRITE: what was decided' }],
			actions: [],
			approval: { status: 'draft' },
		}),
		body: 'WRITE: anything else worth recording, such as a summary of the discussion. The decisions and actions above are shown in their own sections.',
	},
	facts: (data, { t, day }) => [
		{ label: t.facts.meeting, items: [{ text: t.facts.meetingOn(t.facts.meetingTypes[data.meetingType], day(data.meeting)) }] },
		{ label: t.facts.status, items: [{ text: t.facts.approvalStatus[data.approval.status] }] },
	],
	summarise: (data, { t, day, count }) =>
		t.minutes.summary(
			t.facts.meetingTypes[data.meetingType],
			day(data.meeting),
			data.decisions.length ? count(t.minutes.decisionCount, data.decisions.length) : t.minutes.noDecisions,
		),
	uniqueIds: (data) =>
		data.decisions.flatMap((decision, index) => (decision.id ? [{ id: decision.id, field: `decisions[${index}].id`, noun: 'decision' }] : [])),
	feature: 'minutes',
	topicIds: (data) => data.decisions.flatMap((decision) => decision.topics.map((topic) => topic.id)),
	editor: {
		icon: 'gavel',
		summary: ['title', 'meeting'],
		sortBy: ['meeting', 'date', 'title'],
		form: {
			// The notes of the meeting are its text.
			essentials: ['title', 'meeting', 'meetingType', 'attendees', 'apologies', 'agenda', 'decisions', 'actions', 'approval', 'body', 'attachments'],
			publishing: ['summary', 'date', 'draft', 'topics', 'featured', 'cover', 'updated', 'changes', 'glossaryUnlinked'],
			// The co-op's own record, never first published elsewhere.
			hidden: ['source', 'sourceNotes', 'datePrecision', 'dateApproximate', 'undatedSource'],
		},
	},
});
