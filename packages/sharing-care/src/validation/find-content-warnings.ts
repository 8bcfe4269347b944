import { findUnsupportedWords, readSourceWords } from '../lib/text/find-unsupported-words.ts';
import { hasPlaceholder } from '../lib/text/has-placeholder.ts';
import { isReviewDue } from '../lib/dates/is-review-due.ts';
import { REVIEW_YEARS } from '../schemas/guidance.ts';
import type { Problem } from '../lib/text/format-problems.ts';

/** An entry as the checker has read it: its file, its frontmatter as written and as its schema gives it, and its body. */
export interface CheckedEntry {
	file: string;
	/** The frontmatter as written: text stays text. */
	written: Record<string, unknown>;
	/** The frontmatter as the schema gives it: dates are Dates, defaults filled in. */
	data: Record<string, unknown>;
	body: string;
}

/** Fields that say things about the entry rather than what the entry says. */
const NOT_THE_ENTRY = new Set(['keyPoints', 'changes']);

/** Everything the entry itself says: the text of its fields (title, summary, outcomes, names…) and its body. */
function entryText({ written, body }: CheckedEntry): string {
	const texts: string[] = [];
	const collect = (value: unknown): void => {
		if (typeof value === 'string') texts.push(value);
		else if (Array.isArray(value)) value.forEach(collect);
		else if (value && typeof value === 'object') Object.values(value).forEach(collect);
	};
	for (const [field, value] of Object.entries(written)) if (!NOT_THE_ENTRY.has(field)) collect(value);
	return [...texts, body].join('\n');
}

/** Key points that use words their entry never does: each may claim something the entry does not say. */
export function findUnsupportedKeyPoints(entry: CheckedEntry): Problem[] {
	const points = entry.written.keyPoints;
	if (!Array.isArray(points)) return [];
	// The entry's words are read once, for all its key points.
	const sourceWords = readSourceWords(entryText(entry));
	return points.flatMap((point, index) => {
		// A placeholder is already an error of its own.
		if (typeof point !== 'string' || hasPlaceholder(point)) return [];
		const words = findUnsupportedWords(point, sourceWords);
		if (!words.length) return [];
		const quoted = words.map((word) => `"${word}"`).join(', ');
		return [
			{
				file: entry.file,
				field: `keyPoints[${index}]`,
				message: `Uses ${words.length === 1 ? 'a word' : 'words'} the entry does not: ${quoted}. A key point must say only what the entry says: reword it in the entry's own words, or leave it out.`,
			},
		];
	});
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * A reminder when guidance (an entry whose collection has a `lastReviewed` field) has gone REVIEW_YEARS years or more
 * without a review, counted from `lastReviewed`, or from the publication date if it has none. Drafts are left out.
 */
export function findOverdueReview(entry: CheckedEntry, hasReviewField: boolean, today: Date): Problem[] {
	const { data } = entry;
	if (!hasReviewField || data.draft === true || !(data.date instanceof Date)) return [];
	const reviewed = data.lastReviewed instanceof Date ? data.lastReviewed : undefined;
	if (!isReviewDue(reviewed ?? data.date, today, REVIEW_YEARS)) return [];
	const when = reviewed ? `Last reviewed on ${isoDay(reviewed)}` : `Published on ${isoDay(data.date)} and not reviewed since`;
	const next = reviewed ? 'then set lastReviewed to the day you checked it' : 'then add lastReviewed: YYYY-MM-DD with the day you checked it';
	return [
		{
			file: entry.file,
			field: 'lastReviewed',
			message: `${when}, and guidance is due for review every ${REVIEW_YEARS} years. Read it through and check it is still right: correct anything out of date and note each correction under changes, ${next}.`,
		},
	];
}
