import { parseDocument } from 'yaml';

export type FrontmatterResult = { ok: true; data: Record<string, unknown>; body: string; bodyLine: number } | { ok: false; message: string; line?: number };

/**
 * Splits a Markdown file into its YAML frontmatter and body. Dates stay as text (YAML 1.2 core schema),
 * so an impossible date such as 2024-02-30 is caught instead of silently becoming 1 March.
 */
export function readFrontmatter(source: string): FrontmatterResult {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
	if (!match)
		return { ok: false, message: 'The file must start with frontmatter: a line of three dashes (---), the fields, and another line of three dashes.', line: 1 };
	const document = parseDocument(match[1]!);
	const error = document.errors[0];
	if (error) {
		const line = error.linePos?.[0].line;
		return {
			ok: false,
			message: `The frontmatter is not valid YAML: ${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}. Check for a missing colon, a stray quote or wrong indentation.`,
			...(line ? { line: line + 1 } : {}),
		};
	}
	const data: unknown = document.toJS();
	if (!data || typeof data !== 'object' || Array.isArray(data))
		return { ok: false, message: 'The frontmatter must be a set of "field: value" lines.', line: 2 };
	return { ok: true, data: data as Record<string, unknown>, body: source.slice(match[0].length), bodyLine: match[0].split('\n').length };
}
