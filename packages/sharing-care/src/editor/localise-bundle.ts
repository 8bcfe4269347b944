/** An outside address the editor's bundle names, and the site's own copy of the same file. */
export interface LocalCopy {
	/** The address as the bundle writes it; a pattern when part of it (a version) may change. */
	from: string | RegExp;
	/** The address of the site's own copy. */
	to: string;
}

/**
 * The editor's bundle with every outside address in `copies` pointing at the site's own copy instead, so the
 * editor page loads nothing from elsewhere. An address the bundle no longer names is an error: an upgrade that
 * moves one must update the list, not quietly load from a CDN again.
 */
export function localiseBundle(source: string, copies: readonly LocalCopy[]): string {
	let localised = source;
	for (const { from, to } of copies) {
		const pattern = typeof from === 'string' ? new RegExp(from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g') : new RegExp(from.source, 'g');
		if (!pattern.test(localised))
			throw new Error(`The editor's bundle no longer names ${String(from)}. Update the list of local copies in src/editor/editor-files.ts.`);
		localised = localised.replace(pattern, to);
	}
	return localised;
}
