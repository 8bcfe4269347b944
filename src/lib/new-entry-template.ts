import type { EntryCollection } from '../data/paths.ts';
import { PRACTICE_QUESTIONS } from '../schemas/practice.ts';

const quote = (text: string) => JSON.stringify(text);

/** The fields every entry starts with: each required one marked WRITE: with a comment saying what goes there. */
function commonFields(title: string, today: string): string {
	return `title: ${quote(title)}
# WRITE: one or two plain sentences saying what this is about (no Markdown). Shown in lists, search and feeds.
summary: "WRITE: a one-sentence summary"
# The publication date, YYYY-MM-DD. A future date schedules it: it appears on the first build on or after that day.
date: ${today}
# Topic ids from content/topics.yaml, for example [co-production, membership-and-governance].
topics: []
# Change to false when it is ready to publish.
draft: true`;
}

const EXTRA: Record<EntryCollection, (today: string) => string> = {
	reports: () => `# WRITE: the id of the organisation that wrote it, from content/organisations.yaml.
organisation: WRITE-organisation-id
# WRITE: the id of the funder, from content/organisations.yaml.
funder: WRITE-funder-id
# The period the report covers, YYYY-MM-DD.
period:
  start: WRITE-start-date
  end: WRITE-end-date
# WRITE: the outcomes, one short line each.
outcomes:
  - "WRITE: an outcome"`,
	audits: () => `# WRITE: who carried it out: ids from content/people.yaml.
authors: [WRITE-person-id]
# WRITE: the organisations consulted: ids from content/organisations.yaml.
organisationsConsulted: [WRITE-organisation-id]`,
	practice: () => `# WRITE: the organisation that ran the project, from content/organisations.yaml.
organisation: WRITE-organisation-id
# WRITE: the town, city or area.
place: "WRITE: place"
# WRITE: the year the project ran, for example 2024.
year: WRITE-year`,
	blog: () => `# Optional: who wrote it, ids from content/people.yaml, for example [sue-richards].
authors: []`,
	minutes: (today) => `# The date of the meeting, YYYY-MM-DD.
meeting: ${today}
# board, agm, members or committee.
meetingType: board
# Who was there, and who sent apologies (names or roles).
attendees: []
apologies: []
# The agenda items, in order.
agenda: []
# Decisions taken. Each needs text; id (for a permanent link) and topics are optional.
decisions:
  - text: "WRITE: what was decided"
# Actions agreed: what, who, and when it is due (YYYY-MM-DD). status is open or done.
actions: []
# draft until the board approves them; then approved, with approvedAt the file name of the approving meeting's minutes.
approval:
  status: draft`,
};

const BODY: Record<EntryCollection, string> = {
	reports: 'WRITE: the report. Use ## for section headings.',
	audits: 'WRITE: the audit. Use ## for section headings.',
	practice: PRACTICE_QUESTIONS.map((question) => `## ${question}\n\nWRITE: the answer.`).join('\n\n'),
	blog: 'WRITE: the post.',
	minutes: 'WRITE: anything else worth recording, such as a summary of the discussion. The decisions and actions above are shown in their own sections.',
};

/** A new entry's file: frontmatter with every required field (marked WRITE:) and a body to fill in. */
export function newEntryTemplate(collection: EntryCollection, title: string, today: string): string {
	return `---\n${commonFields(title, today)}\n${EXTRA[collection](today)}\n---\n\n${BODY[collection]}\n`;
}
