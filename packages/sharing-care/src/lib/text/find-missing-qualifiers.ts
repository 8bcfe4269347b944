/**
 * A list of qualifiers as a strings table writes it (`entry.keyPointQualifiers`: words and phrases separated by
 * commas) as the list `findMissingQualifiers` looks for, each in lower case, with single spaces between its words.
 */
export function readQualifiers(text: string): string[] {
	return text
		.split(',')
		.map((qualifier) => qualifier.trim().replace(/\s+/g, ' ').toLowerCase())
		.filter(Boolean);
}

/** A whole word or phrase, with any spaces between its words; `flags` says whether case matters. */
function phrasePattern(phrase: string, flags: string): RegExp {
	const words = phrase.split(' ').map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	return new RegExp(`(?<![\\p{L}\\p{N}'’-])${words.join('\\s+')}(?![\\p{L}\\p{N}'’-])`, `gu${flags}`);
}

/**
 * Whether `text` uses a qualifier as one: in lower case, or with a capital at the start of a sentence ("Some
 * members…"), but not as part of a name ("the event in May").
 */
function usesQualifier(text: string, qualifier: string): boolean {
	for (const match of text.matchAll(phrasePattern(qualifier, 'i'))) {
		if (match[0].startsWith(qualifier.charAt(0))) return true;
		if (/(?:^|[.!?:;]["'”’)]?\s+|["“‘(]\s*)$/u.test(text.slice(0, match.index))) return true;
	}
	return false;
}

/**
 * The qualifiers (`readQualifiers`) a quotation uses that a claim summarising it leaves out, in the order of the
 * list, each as it is listed: `findMissingQualifiers('Staff retention is about being valued.', 'There is evidence that
 * staff retention is more about feeling valued than purely pay', ['only', 'purely'])` gives `['purely']`. A qualifier
 * is a whole word or phrase; the claim may use it in any case. A shorter qualifier inside a longer one that is missing
 * too ("yet" in "not yet") is not listed again.
 */
export function findMissingQualifiers(claim: string, quotation: string, qualifiers: readonly string[]): string[] {
	const missing = qualifiers.filter((qualifier) => usesQualifier(quotation, qualifier) && !phrasePattern(qualifier, 'i').test(claim));
	return missing.filter((qualifier) => !missing.some((other) => other !== qualifier && phrasePattern(qualifier, 'i').test(other)));
}
