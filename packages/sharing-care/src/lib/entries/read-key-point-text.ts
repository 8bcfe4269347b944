/**
 * A key point of guidance as written (src/schemas/guidance.ts): a plain line, or its words (`text`) with the
 * sentence of the entry it summarises, quoted exactly (`from`).
 */
export type KeyPoint = string | { readonly text: string; readonly from?: string };

/**
 * The words of a key point whatever its form: the line itself, or its `text`. Undefined for anything else, which
 * the schema refuses. Everything that shows or checks a key point's words (the page, feeds, the content check)
 * reads them here.
 */
export function readKeyPointText(point: unknown): string | undefined {
	if (typeof point === 'string') return point;
	if (point && typeof point === 'object' && 'text' in point && typeof point.text === 'string') return point.text;
	return undefined;
}
