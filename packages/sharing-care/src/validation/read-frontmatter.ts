import { CORE_SCHEMA, load, types, YAMLException, type Type } from 'js-yaml';
import { parseDocument } from 'yaml';

declare module 'js-yaml' {
	/** The library's own types, which it exports (since 4.1) but its type definitions do not list. */
	export const types: Record<'merge' | 'binary' | 'omap' | 'pairs' | 'set', Type>;
}

export type FrontmatterResult = { ok: true; data: Record<string, unknown>; body: string; bodyLine: number } | { ok: false; message: string; line?: number };

/**
 * How Astro reads an entry's frontmatter (js-yaml with its default schema), but for dates: they stay as written,
 * so an impossible date such as 2024-02-30 is caught instead of silently becoming 1 March. Every other value is read
 * as the build will read it, merge keys (`<<: *defaults`) and binary numbers (`0b101`) included.
 */
const FRONTMATTER_SCHEMA = CORE_SCHEMA.extend({ implicit: [types.merge], explicit: [types.binary, types.omap, types.pairs, types.set] });

/** What is wrong with frontmatter that is not valid YAML, and its line in the frontmatter (1 is the first field). */
function describeYamlError(yaml: string, error: unknown): { reason: string; line?: number } {
	// The `yaml` library words its errors for people ("Missing closing "quote"): asked again for the message.
	const worded = parseDocument(yaml).errors[0];
	if (worded) return { reason: worded.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, ''), line: worded.linePos?.[0].line };
	if (error instanceof YAMLException) return { reason: error.reason, line: error.mark ? error.mark.line + 1 : undefined };
	throw error;
}

/** Splits a Markdown file into its YAML frontmatter, read as the build reads it (FRONTMATTER_SCHEMA), and its body. */
export function readFrontmatter(source: string): FrontmatterResult {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
	if (!match)
		return { ok: false, message: 'The file must start with frontmatter: a line of three dashes (---), the fields, and another line of three dashes.', line: 1 };
	let data: unknown;
	try {
		data = load(match[1]!, { schema: FRONTMATTER_SCHEMA });
	} catch (error) {
		const { reason, line } = describeYamlError(match[1]!, error);
		return {
			ok: false,
			message: `The frontmatter is not valid YAML: ${reason}. Check for a missing colon, a stray quote or wrong indentation.`,
			...(line ? { line: line + 1 } : {}),
		};
	}
	if (!data || typeof data !== 'object' || Array.isArray(data))
		return { ok: false, message: 'The frontmatter must be a set of "field: value" lines.', line: 2 };
	return { ok: true, data: data as Record<string, unknown>, body: source.slice(match[0].length), bodyLine: match[0].split('\n').length };
}
