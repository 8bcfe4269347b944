import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { findFieldLine } from '../lib/text/find-field-line.ts';
import type { Problem } from '../lib/text/format-problems.ts';

/** The files whose fields can be found by their names: entries (in their frontmatter), reference data and the config. */
const LOCATABLE = new Set(['.md', '.mdx', '.yaml', '.yml', '.ts']);

/**
 * The problems (or warnings) with the line of their field filled in where the check did not give one, so that each
 * can be shown on its line (a GitHub annotation, `sharing-care check --format github`): found by the field's name in
 * the entry's frontmatter, the reference data's YAML or `site.config.ts` (src/lib/text/find-field-line.ts). A field
 * not written in the file (one required but left out) is on the line of the group it belongs in, or, at the top, on
 * no line: the whole file. Files are read once each, from the project root.
 */
export function locateProblems(root: string, problems: readonly Problem[]): Problem[] {
	const sources = new Map<string, string | null>();
	const sourceOf = (file: string) => {
		if (!sources.has(file)) {
			const path = join(root, file);
			sources.set(file, LOCATABLE.has(extname(file)) && existsSync(path) ? readFileSync(path, 'utf8') : null);
		}
		return sources.get(file)!;
	};
	return problems.map((problem) => {
		if (problem.line || !problem.field) return problem;
		const source = sourceOf(problem.file);
		const line = source === null ? undefined : findFieldLine(source, problem.field);
		return line ? { ...problem, line } : problem;
	});
}
