import { z } from 'astro/zod';
import { baseSchema } from './base.ts';
import type { SchemaContext } from './context.ts';
import { dateField, plainText } from './fields.ts';

/** How many years guidance may go unreviewed before `npm run check` reminds the board to review it. */
export const REVIEW_YEARS = 2;

/** The key points a new entry starts with (`npm run new`), each a placeholder to write. */
export const NEW_KEY_POINTS = ['WRITE: a key point', 'WRITE: a key point', 'WRITE: a key point'];

/**
 * One key point: a plain line, or its words (`text`) with the sentence (or part of a sentence) of the entry's own text
 * that it summarises, quoted exactly (`from`). `npm run check` warns when the quotation is not in the entry, or when the
 * key point leaves out a qualifier ("only", "some", "not yet"…) the sentence has. Read its words with
 * `readKeyPointText` (src/lib/entries/read-key-point-text.ts).
 */
export const keyPoint = z.union([
	plainText,
	z.strictObject({
		text: plainText.describe('The key point, in plain words: what a reader should take away.'),
		from: plainText
			.optional()
			.describe(
				"The sentence of the entry it summarises, or the part of it that says so, copied exactly from the entry's text (without its formatting marks).",
			),
	}),
]);

/**
 * The common fields of guidance, the entries founders act on (reports, audits, practice examples): the base fields
 * with key points after the summary, and the day the entry was last reviewed after `updated`.
 */
export const guidanceSchema = (ctx: SchemaContext) => {
	const { title, summary, date, datePrecision, dateApproximate, updated, ...rest } = baseSchema(ctx).shape;
	return z.strictObject({
		title,
		summary,
		keyPoints: z
			.array(keyPoint)
			.min(3, { error: 'Give at least 3 key points: what a reader should take away, in plain words.' })
			.max(5, { error: 'Give at most 5 key points: keep only the most important.' })
			.describe(
				'Three to five short points a reader should take away, in plain words and saying only what the entry itself says. Shown in a box at the top of the page and in feeds. Write each as text: (the point) with from: (the sentence of the entry it summarises, copied exactly), so npm run check can compare them; a plain line works too.',
			),
		date,
		datePrecision,
		dateApproximate,
		updated,
		lastReviewed: dateField
			.optional()
			.describe(
				`The day someone last read the whole entry and checked it is still right, YYYY-MM-DD. npm run check reminds you when that, or the publication date if it has never been reviewed, is ${REVIEW_YEARS} years ago or more.`,
			),
		...rest,
	});
};
