import { readKeyPointText } from '../lib/entries/read-key-point-text.ts';
import { containsQuotation } from '../lib/text/contains-quotation.ts';
import { findMissingQualifiers } from '../lib/text/find-missing-qualifiers.ts';
import { findUnsupportedWords, readSourceWords } from '../lib/text/find-unsupported-words.ts';
import { hasPlaceholder } from '../lib/text/has-placeholder.ts';
import { stripMarkdown } from '../lib/text/strip-markdown.ts';
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
const NOT_THE_ENTRY = new Set(['keyPoints', 'changes', 'glossaryUnlinked']);

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

/**
 * Key points that use words their entry never does: each may claim something the entry does not say. `stopWords`:
 * the site's language's words that carry no claim of their own (readSiteCheckWords), which any key point may use.
 */
export function findUnsupportedKeyPoints(entry: CheckedEntry, stopWords: ReadonlySet<string>): Problem[] {
	const points = entry.written.keyPoints;
	if (!Array.isArray(points)) return [];
	// The entry's words are read once, for all its key points.
	const sourceWords = readSourceWords(entryText(entry));
	return points.flatMap((point, index) => {
		const text = readKeyPointText(point);
		// A placeholder is already an error of its own.
		if (text === undefined || hasPlaceholder(text)) return [];
		const words = findUnsupportedWords(text, sourceWords, stopWords);
		if (!words.length) return [];
		const quoted = words.map((word) => `"${word}"`).join(', ');
		return [
			{
				file: entry.file,
				field: typeof point === 'string' ? `keyPoints[${index}]` : `keyPoints[${index}].text`,
				message: `Uses ${words.length === 1 ? 'a word' : 'words'} the entry does not: ${quoted}. A key point must say only what the entry says: reword it in the entry's own words, or leave it out.`,
			},
		];
	});
}

/** The sentence a key point cites (`from`), when it is written with one. */
function citedSentence(point: unknown): string | undefined {
	return point && typeof point === 'object' && 'from' in point && typeof point.from === 'string' ? point.from : undefined;
}

/** Shortens a quotation for a message: its first words, then "…". */
const shorten = (text: string) => (text.length > 80 ? `${text.slice(0, 80).replace(/\s+\S*$/, '')}…` : text);

/**
 * Key points that cite the sentence they summarise (`from`) and do not keep to it: the quotation is not in the
 * entry's text (read as a reader sees it, without its Markdown), or the key point leaves out one of `qualifiers` the
 * sentence has ("only", "some", "not yet"…: the strings table's `entry.keyPointQualifiers`, or the site's own), so it
 * claims more than the entry does.
 */
export function findUnfaithfulKeyPoints(entry: CheckedEntry, qualifiers: readonly string[]): Problem[] {
	const points = entry.written.keyPoints;
	if (!Array.isArray(points)) return [];
	let text: string | undefined;
	return points.flatMap((point, index): Problem[] => {
		const from = citedSentence(point);
		const claim = readKeyPointText(point);
		// A placeholder is already an error of its own.
		if (from === undefined || claim === undefined || hasPlaceholder(from) || hasPlaceholder(claim)) return [];
		text ??= stripMarkdown(entry.body);
		if (!containsQuotation(text, from)) {
			return [
				{
					file: entry.file,
					field: `keyPoints[${index}].from`,
					message: `The entry's text does not have these words: "${shorten(from)}". Copy the sentence the key point summarises (or the part of it that says so) exactly as the entry writes it, without its Markdown.`,
				},
			];
		}
		const missing = findMissingQualifiers(claim, from, qualifiers);
		if (!missing.length) return [];
		const quoted = missing.map((qualifier) => `"${qualifier}"`).join(', ');
		return [
			{
				file: entry.file,
				field: `keyPoints[${index}].text`,
				message: `Leaves out ${quoted}, which the sentence it summarises says ("${shorten(from)}"), so it claims more than the entry does. Keep ${missing.length === 1 ? 'the qualifier' : 'the qualifiers'} in the key point, or cite a sentence that says what the key point says.`,
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

/**
 * An entry with no `draft:` line. It is published (the schema's default), but the web editor fills in the draft
 * switch's default, on, when it saves an entry that lacks one: the next edit there would take the entry off the site.
 */
export function findMissingDraftLine(entry: CheckedEntry): Problem[] {
	if ('draft' in entry.written) return [];
	return [
		{
			file: entry.file,
			field: 'draft',
			message:
				'This entry has no draft line. It is published, but the web editor would save it as a draft, taking it off the site, the next time someone edits it there. Add  draft: false  to keep it published.',
		},
	];
}
