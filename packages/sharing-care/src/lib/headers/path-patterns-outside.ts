/** One entry at the top of a built site. */
export interface TopEntry {
	name: string;
	folder: boolean;
}

/**
 * `_headers` path patterns that together match every address of a built site except those in some top-level
 * folders: the home page, each top-level file, and each other folder with everything in it. Hosts merge or join the
 * headers of every rule that matches an address, so a folder with a policy of its own must be outside the site's
 * rules rather than after them.
 */
export function pathPatternsOutside(entries: readonly TopEntry[], base: string, outside: readonly string[]): string[] {
	const patterns = entries
		.filter((entry) => !outside.includes(entry.name))
		.map((entry) => (entry.folder ? `${base}${entry.name}/*` : `${base}${entry.name}`))
		.sort();
	return [base, ...new Set(patterns)];
}
