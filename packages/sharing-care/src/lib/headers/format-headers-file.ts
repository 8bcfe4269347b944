/** One rule of a `_headers` file: a path pattern and the headers sent for addresses that match it. */
export interface HeaderRule {
	path: string;
	headers: Record<string, string>;
}

/**
 * Writes rules in the `_headers` format static hosts read: each path pattern on its own line, its
 * headers indented below it as `Name: value`.
 */
export function formatHeadersFile(rules: HeaderRule[], comment?: string): string {
	const lines = comment ? comment.split('\n').map((line) => `# ${line}`.trimEnd()) : [];
	for (const rule of rules) {
		if (lines.length) lines.push('');
		lines.push(rule.path, ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`));
	}
	return `${lines.join('\n')}\n`;
}

/** Reads a `_headers` file back into its rules (comments and blank lines skipped). */
export function parseHeadersFile(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	for (const line of text.split('\n')) {
		if (!line.trim() || line.trimStart().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			rules.push({ path: line.trim(), headers: {} });
			continue;
		}
		const colon = line.indexOf(':');
		const rule = rules.at(-1);
		if (rule && colon > 0) rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
	}
	return rules;
}

/** The headers a host sends for an address path: those of every rule whose pattern (`*` = anything) matches, later rules adding to earlier ones. */
export function headersForPath(rules: HeaderRule[], pathname: string): Record<string, string> {
	const headers: Record<string, string> = {};
	for (const rule of rules) {
		const pattern = new RegExp(
			`^${rule.path
				.split('*')
				.map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
				.join('.*')}$`,
		);
		if (pattern.test(pathname)) Object.assign(headers, rule.headers);
	}
	return headers;
}
