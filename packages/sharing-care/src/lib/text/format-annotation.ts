import type { Problem } from './format-problems.ts';

/** A message of a GitHub Actions workflow command, escaped as the runner reads it: `%`, CR and LF. */
export function escapeAnnotationData(text: string): string {
	return text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** A property of a workflow command (`file=`, `title=`), escaped as the runner reads it: as a message, and `:` and `,`. */
export function escapeAnnotationProperty(text: string): string {
	return escapeAnnotationData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

/** The title GitHub shows above each annotation, by kind. */
const TITLES = { problem: 'Fix this before publishing', warning: 'Reminder' } as const;

/**
 * A problem (or a warning) as a GitHub Actions annotation, which GitHub shows on the file and line of a pull
 * request's changes and on the workflow run's page:
 *
 *   ::error file=content/blog/post.md,line=6,title=Fix this before publishing::topics[1]: "coproduction-tips" is not a known topic…
 *
 * A warning becomes `::warning`, with the title "Reminder". The message is the checker's own words, with the field
 * first as the terminal shows it. Without a line, the annotation is on the whole file.
 */
export function formatAnnotation(problem: Problem, kind: 'problem' | 'warning' = 'problem'): string {
	const properties = [
		`file=${escapeAnnotationProperty(problem.file)}`,
		...(problem.line ? [`line=${problem.line}`] : []),
		`title=${escapeAnnotationProperty(TITLES[kind])}`,
	];
	const message = `${problem.field ? `${problem.field}: ` : ''}${problem.message}`;
	return `::${kind === 'problem' ? 'error' : 'warning'} ${properties.join(',')}::${escapeAnnotationData(message)}`;
}
