/**
 * Where a build's content check (integration/content-check.ts) leaves its outcome for the collections' loaders
 * (astro-collections.ts). Astro loads the content config in a module graph of its own (Vite's), so a value kept in a
 * module would not reach them: the outcome is kept on `globalThis`, under a name of the kit's.
 */
const CHECKED = Symbol.for('sharing-care:content-checked');

type WithCheck = { [CHECKED]?: Promise<void> };

/** Holds back every collection's loader from finishing until `checked` settles: the content check of `astro build`, which stops the build when it fails. */
export function holdContentUntil(checked: Promise<void>): void {
	(globalThis as WithCheck)[CHECKED] = checked;
}

/** Resolves once the content check has passed: at once, unless a build's content check is still running. */
export function contentChecked(): Promise<void> {
	return (globalThis as WithCheck)[CHECKED] ?? Promise.resolve();
}
