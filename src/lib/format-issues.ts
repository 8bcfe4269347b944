/** The parts of a validation issue this needs; zod's issues have this shape. */
export interface ValidationIssue {
	path: readonly PropertyKey[];
	message: string;
	code?: string;
	expected?: unknown;
	received?: unknown;
	input?: unknown;
	keys?: readonly string[];
}

/** Writes a field path the way a person reads it in YAML: `decisions[2].topics[0]`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
	return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

const typeNames: Record<string, string> = {
	string: 'text',
	number: 'a number',
	boolean: 'true or false',
	array: 'a list',
	object: 'a set of fields',
	date: 'a date (YYYY-MM-DD)',
	undefined: 'nothing',
	null: 'nothing',
};

function describeValue(value: unknown): string {
	if (value === undefined) return 'nothing';
	if (value === null) return 'an empty value';
	if (Array.isArray(value)) return 'a list';
	if (value instanceof Date) return 'a date';
	if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
	if (typeof value === 'object') return 'a set of fields';
	return String(value);
}

/** Reads the value at an issue's path in the data that was validated. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}

/** Turns one zod issue into a plain-English sentence. `data` is what was validated, to say what was found. */
export function explainIssue(issue: ValidationIssue, data?: unknown): string {
	const found = data === undefined ? issue.input : valueAt(data, issue.path);
	if (issue.code === 'invalid_type' || issue.code === 'invalid_union') {
		const expected = issue.code === 'invalid_union' ? 'a date (YYYY-MM-DD)' : (typeNames[String(issue.expected)] ?? String(issue.expected));
		if (found === undefined) return `This is required but missing. Expected ${expected}.`;
		return `Found ${describeValue(found)}, but expected ${expected}.`;
	}
	if (issue.code === 'unrecognized_keys') {
		const keys = (issue.keys ?? []).map((key) => `"${key}"`).join(', ');
		return `Unknown field${(issue.keys ?? []).length > 1 ? 's' : ''} ${keys}. Check the spelling against CONTENT.md, or remove ${(issue.keys ?? []).length > 1 ? 'them' : 'it'}.`;
	}
	if (issue.code === 'invalid_value') {
		const values = ((issue as { values?: unknown[] }).values ?? []).map((v) => `"${String(v)}"`).join(', ');
		return `Found ${describeValue(found)}, but expected one of ${values}.`;
	}
	return issue.message;
}

/**
 * Formats every validation problem in one file as a readable block:
 *
 *     content/blog/my-post.md
 *       - title: This is required but missing. Expected text.
 */
export function formatIssues(file: string, issues: readonly ValidationIssue[], data?: unknown): string {
	const lines = issues.map((issue) => {
		const field = formatFieldPath(issue.path);
		return `  - ${field ? `${field}: ` : ''}${explainIssue(issue, data)}`;
	});
	return `${file}\n${lines.join('\n')}`;
}
