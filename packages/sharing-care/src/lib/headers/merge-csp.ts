/** A Content Security Policy as directive name → sources, in the order written. */
export type CspDirectives = Map<string, string[]>;

/** Reads a policy (`default-src 'self'; img-src 'self' data:`) into its directives. Directive names are lower-cased. */
export function parseCsp(policy: string): CspDirectives {
	const directives: CspDirectives = new Map();
	for (const part of policy.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
		if (!name) continue;
		const key = name.toLowerCase();
		if (!directives.has(key)) directives.set(key, sources);
	}
	return directives;
}

/**
 * Merges several policies into one that allows everything any of them allows: each directive's sources
 * are the union of its sources in every policy. Used to send one header for pages whose `<meta>` policies
 * differ only in the hashes of their own inline styles and scripts.
 */
export function mergeCsp(policies: string[]): string {
	const merged: CspDirectives = new Map();
	for (const policy of policies) {
		for (const [name, sources] of parseCsp(policy)) {
			const list = merged.get(name) ?? [];
			for (const source of sources) if (!list.includes(source)) list.push(source);
			merged.set(name, list);
		}
	}
	return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}
