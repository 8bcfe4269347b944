/** What guidance (reports, audits, practice examples) adds to the common fields: src/schemas/guidance.ts. */
export interface GuidanceFields {
	/** The key points, in order; none for an entry that is not guidance. */
	keyPoints: readonly string[];
	/** When the entry was last reviewed, if it has been. */
	lastReviewed: Date | undefined;
}

/** The guidance fields of any entry's data: empty for a blog post or minutes, which do not have them. */
export function readGuidanceFields(data: object): GuidanceFields {
	const keyPoints = 'keyPoints' in data && Array.isArray(data.keyPoints) ? data.keyPoints.filter((point): point is string => typeof point === 'string') : [];
	const lastReviewed = 'lastReviewed' in data && data.lastReviewed instanceof Date ? data.lastReviewed : undefined;
	return { keyPoints, lastReviewed };
}
