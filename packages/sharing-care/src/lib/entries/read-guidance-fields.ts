import { readKeyPointText } from './read-key-point-text.ts';

/** What guidance (reports, audits, practice examples) adds to the common fields: src/schemas/guidance.ts. */
export interface GuidanceFields {
	/** The words of the key points, in order, whether written as plain lines or citing their sentence; none for an entry that is not guidance. */
	keyPoints: readonly string[];
	/** When the entry was last reviewed, if it has been. */
	lastReviewed: Date | undefined;
}

/** The guidance fields of any entry's data: empty for a blog post or minutes, which do not have them. */
export function readGuidanceFields(data: object): GuidanceFields {
	const points: unknown[] = 'keyPoints' in data && Array.isArray(data.keyPoints) ? data.keyPoints : [];
	const keyPoints = points.map(readKeyPointText).filter((text) => text !== undefined);
	const lastReviewed = 'lastReviewed' in data && data.lastReviewed instanceof Date ? data.lastReviewed : undefined;
	return { keyPoints, lastReviewed };
}
