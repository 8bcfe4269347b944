import type { Problem } from './format-problems.ts';

/** Text as Markdown shows it word for word: its marks escaped, and on one line (a list item's). */
function escapeMarkdown(text: string): string {
	return text.replace(/\s*\r?\n\s*/g, ' ').replace(/[\\`*_[\]<>|~&#]/g, (mark) => `\\${mark}`);
}

/** One kind of finding, problems or warnings, grouped by file as `npm run check` prints them. */
function section(problems: readonly Problem[], kind: 'problem' | 'warning', after: string): string {
	const byFile = new Map<string, Problem[]>();
	for (const problem of problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
	const count = problems.length;
	const heading = `### Found ${count} ${count === 1 ? kind : `${kind}s`} in ${byFile.size} ${byFile.size === 1 ? 'file' : 'files'}`;
	const files = [...byFile.entries()].map(([file, list]) => {
		const items = list.map((p) => `- ${p.line ? `line ${p.line}: ` : ''}${p.field ? `${escapeMarkdown(p.field)}: ` : ''}${escapeMarkdown(p.message)}`);
		return `\`${file}\`\n\n${items.join('\n')}`;
	});
	return `${heading}\n\n${files.join('\n\n')}\n\n${after}`;
}

/**
 * What the content check found, as Markdown for the summary of a GitHub Actions run (`$GITHUB_STEP_SUMMARY`):
 * the problems, then the warnings, each as a list under its file, in the words `npm run check` prints; or a line
 * saying all is well.
 */
export function formatProblemSummary({ problems, warnings }: { problems: readonly Problem[]; warnings: readonly Problem[] }): string {
	const parts = ['## The content check'];
	if (problems.length) {
		parts.push(section(problems, 'problem', 'Nothing can be published until these are fixed. Fix them, and commit: the check runs again on every commit.'));
	} else {
		parts.push(`✓ All content and the site config are valid${warnings.length ? ' (see the warnings below)' : ''}.`);
	}
	if (warnings.length) parts.push(section(warnings, 'warning', 'Warnings are reminders: they do not stop the site being published.'));
	return `${parts.join('\n\n')}\n`;
}
