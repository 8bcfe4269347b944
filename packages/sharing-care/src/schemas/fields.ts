import { z } from 'astro/zod';
import { parseCalendarDate } from '../lib/dates/parse-calendar-date.ts';

/**
 * A calendar date written `YYYY-MM-DD`. YAML may hand over a string or, for an unquoted date, a Date;
 * both become a Date at midnight UTC. Impossible dates such as 2024-02-30 are refused.
 */
export const dateField = z.union([z.string(), z.date()]).transform((value, ctx) => {
	const date = parseCalendarDate(value);
	if (!date) {
		ctx.addIssue({
			code: 'custom',
			message: `"${value instanceof Date ? 'an invalid date' : value}" is not a real date. Write dates as YYYY-MM-DD, for example 2022-06-30.`,
		});
		return z.NEVER;
	}
	return date;
});

/** A short plain-text line: no line breaks, no Markdown. */
export const plainText = z
	.string()
	.trim()
	.min(1, { error: 'This must not be empty.' })
	// A pattern rather than a refinement, so the web editor can check it too (src/editor/).
	.regex(/^[^*_`#<>[\]]*$/, { error: 'Write plain text here: no Markdown or HTML (*, _, #, <, >, [ or ]).' });

/** A URL-safe id: lower-case words joined by hyphens, for example `co-production`. */
export const slugField = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'Use lower-case letters, numbers and hyphens only, for example "board-2024-03".' });

/** A web address starting with http:// or https://. */
export const webAddress = z.url({ protocol: /^https?$/, error: 'Write a full web address starting with https://.' });
