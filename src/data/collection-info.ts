import type { EntryCollection } from './paths.ts';

export interface CollectionInfo {
	id: EntryCollection;
	/** The heading of its index page and its name in navigation. */
	label: string;
	/** One entry of this kind, as a phrase: "project report". */
	singular: string;
	/** What a reader finds here, one sentence. */
	description: string;
}

/** The content types the kit publishes, in the order they appear in navigation. */
export const COLLECTIONS: readonly CollectionInfo[] = [
	{
		id: 'reports',
		label: 'Project reports',
		singular: 'project report',
		description: 'Reports to funders on funded projects: what was planned, what happened and what was learned.',
	},
	{
		id: 'audits',
		label: 'Community audits',
		singular: 'community audit',
		description: 'What other organisations told us when we asked how they work and what they have learned.',
	},
	{
		id: 'practice',
		label: 'Practice examples',
		singular: 'practice example',
		description: 'Case studies of co-production in social care, each answering the same questions.',
	},
	{
		id: 'blog',
		label: 'Blog',
		singular: 'blog post',
		description: 'Posts about co-production and care by people who do it.',
	},
	{
		id: 'minutes',
		label: 'Board minutes',
		singular: 'set of minutes',
		description: 'Minutes of board and members’ meetings, with the decisions taken in them.',
	},
];

export function collectionInfo(id: EntryCollection): CollectionInfo {
	const info = COLLECTIONS.find((collection) => collection.id === id);
	if (!info) throw new Error(`Unknown collection "${id}"`);
	return info;
}
