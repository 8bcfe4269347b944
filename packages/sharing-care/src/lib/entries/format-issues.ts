/** The parts of a validation issue this needs; zod's issues have this shape. */
export interface ValidationIssue {
	path: readonly PropertyKey[];
	message: string;
	code?: string;
	expected?: unknown;
	received?: unknown;
	input?: unknown;
	keys?: readonly string[];
	/** For a union: the issues of each alternative, one list per alternative. */
	errors?: readonly (readonly ValidationIssue[])[];
	/** For a discriminated union: the field that tells the alternatives apart, and the values it may take. */
	discriminator?: string;
	options?: readonly unknown[];
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
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	return path.reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), data);
}

const quoted = (values: readonly unknown[]) => values.map((value) => `"${String(value)}"`);

/** Says what was found where `expected` was wanted. */
function foundInstead(found: unknown, expected: string): string {
	if (found === undefined) return `This is required but missing. Expected ${expected}.`;
	return `Found ${describeValue(found)}, but expected ${expected}.`;
}

/**
 * What a union accepts, when each of its alternatives refused the value itself (a type or a fixed value),
 * not a field inside it: `a number or true or false`. Text or a date is how YAML hands over a date, so that
 * union reads as one date. Undefined when an alternative failed deeper down.
 */
function unionExpects(alternatives: readonly (readonly ValidationIssue[])[]): string | undefined {
	const types: string[] = [];
	const values: unknown[] = [];
	for (const issues of alternatives) {
		const [only, ...more] = issues;
		if (!only || more.length || only.path.length) return undefined;
		if (only.code === 'invalid_type') types.push(String(only.expected));
		else if (only.code === 'invalid_value') values.push(...((only as { values?: unknown[] }).values ?? []));
		else return undefined;
	}
	if (types.includes('date') && types.every((type) => type === 'date' || type === 'string') && !values.length) return typeNames.date;
	const names = [...new Set(types)].map((type) => typeNames[type] ?? type);
	if (values.length) names.push(values.length > 1 ? `one of ${quoted(values).join(', ')}` : quoted(values)[0]!);
	return names.length ? names.join(' or ') : undefined;
}

/** The message zod gives a union whose schema says nothing of its own. */
const UNION_DEFAULT_MESSAGE = 'Invalid input';

/**
 * Explains a value that fits none of a union's alternatives, from what each alternative said about it. A union that
 * says itself what to write when it is missing (an `error` for a missing input) is explained in its own words then.
 */
function explainUnion(issue: ValidationIssue, found: unknown): string {
	if (found === undefined && issue.message && issue.message !== UNION_DEFAULT_MESSAGE) return issue.message;
	if (issue.discriminator && issue.options) return foundInstead(found, `one of ${quoted(issue.options).join(', ')}`);
	const alternatives = issue.errors ?? [];
	const expected = unionExpects(alternatives);
	if (expected) return foundInstead(found, expected);
	// Some alternatives are sets of fields: the one with the fewest problems is the closest to what was meant,
	// and one that wanted another kind of value altogether is the furthest.
	const distance = (issues: readonly ValidationIssue[]) =>
		issues.length === 1 && issues[0]!.path.length === 0 && issues[0]!.code === 'invalid_type' ? Infinity : issues.length;
	const closest = alternatives.toSorted((a, b) => distance(a) - distance(b))[0]?.[0];
	if (!closest) return issue.message;
	const field = formatFieldPath(closest.path);
	return `This matches none of the forms allowed here. Nearest: ${field ? `${field}: ` : ''}${explainIssue(closest, found)}`;
}

/** Turns one zod issue into a plain-English sentence. `data` is what was validated, to say what was found. */
export function explainIssue(issue: ValidationIssue, data?: unknown): string {
	const found = data === undefined ? issue.input : valueAt(data, issue.path);
	if (issue.code === 'invalid_type') return foundInstead(found, typeNames[String(issue.expected)] ?? String(issue.expected));
	if (issue.code === 'invalid_union') return explainUnion(issue, found);
	if (issue.code === 'unrecognized_keys') {
		const keys = (issue.keys ?? []).map((key) => `"${key}"`).join(', ');
		return `Unknown field${(issue.keys ?? []).length > 1 ? 's' : ''} ${keys}. Check the spelling against CONTENT.md, or remove ${(issue.keys ?? []).length > 1 ? 'them' : 'it'}.`;
	}
	if (issue.code === 'invalid_value') {
		return `Found ${describeValue(found)}, but expected one of ${quoted((issue as { values?: unknown[] }).values ?? []).join(', ')}.`;
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
