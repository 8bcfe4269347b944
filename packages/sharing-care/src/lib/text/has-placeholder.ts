/** The word that marks text still to be written; `npm run check` refuses any file or config value that contains it. */
export const PLACEHOLDER_MARK = 'WRITE';

/** `WRITE:` or `WRITE-` as a word of its own: the two forms every placeholder takes. */
const PLACEHOLDER = new RegExp(`\\b${PLACEHOLDER_MARK}[:-]`);

/**
 * Whether text still holds a placeholder from `npm run new` or a new site (`npm create sharing-care`):
 * `"WRITE: your co-op's name"` or `https://WRITE-your-address.example` do, `"Rewrite the rules"` does not.
 */
export function hasPlaceholder(text: string): boolean {
	return PLACEHOLDER.test(text);
}
