/** One piece of a sentence from the strings table. */
export type InlinePart =
	| { kind: 'text'; text: string }
	/** `[words](target)`: a link whose words are part of the sentence. */
	| { kind: 'link'; text: string; target: string }
	/** `**words**`: words in bold. */
	| { kind: 'strong'; text: string }
	/** `{name}`: a place the page fills, such as a date or a link named by the content. */
	| { kind: 'slot'; name: string };

const MARKUP = /\[([^\]]+)\]\(([^()\s]+)\)|\*\*([^*]+)\*\*|\{(\w+)\}/g;

/**
 * Splits a sentence from the strings table into plain text, `[words](target)` links, `**words**` in bold and
 * `{name}` slots, so a translation can move a link or a date anywhere in its own word order:
 * "Every decision recorded in the published [board minutes](minutes), newest first."
 */
export function parseInlineText(text: string): InlinePart[] {
	const parts: InlinePart[] = [];
	let from = 0;
	for (const match of text.matchAll(MARKUP)) {
		if (match.index > from) parts.push({ kind: 'text', text: text.slice(from, match.index) });
		const [, linkText, target, strong, slot] = match;
		if (linkText !== undefined && target !== undefined) parts.push({ kind: 'link', text: linkText, target });
		else if (strong !== undefined) parts.push({ kind: 'strong', text: strong });
		else parts.push({ kind: 'slot', name: slot! });
		from = match.index + match[0].length;
	}
	if (from < text.length) parts.push({ kind: 'text', text: text.slice(from) });
	return parts;
}
