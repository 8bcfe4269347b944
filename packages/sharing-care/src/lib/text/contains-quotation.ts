/** Typographic quotation marks and apostrophes, and the straight mark each is read as. */
const QUOTE_MARKS: readonly [RegExp, string][] = [
	[/[‘’‚‛′`]/g, "'"],
	[/[“”„‟″]/g, '"'],
];

/** Text as quotations are compared: every run of spaces one space, and curly quotation marks and apostrophes straight. */
function normalise(text: string): string {
	let normal = text.replace(/\s+/g, ' ').trim();
	for (const [marks, plain] of QUOTE_MARKS) normal = normal.replace(marks, plain);
	return normal;
}

/**
 * Whether `quotation` is an exact quotation of `text`: its words appear in it, in order and together, with the same
 * case and punctuation. Runs of spaces and line breaks count as one space, and curly and straight quotation marks
 * and apostrophes as the same mark. Give `text` as plain text (`stripMarkdown`) to quote what a reader sees. An
 * empty quotation quotes nothing.
 */
export function containsQuotation(text: string, quotation: string): boolean {
	const quoted = normalise(quotation);
	return quoted !== '' && normalise(text).includes(quoted);
}
