/** One thing wrong with the content or the config, said so a person can fix it. */
export interface Problem {
	/** The file, relative to the project root. */
	file: string;
	/** The field, written as in YAML (`decisions[1].text`); absent for whole-file problems. */
	field?: string;
	/** The line in the file, where known. */
	line?: number;
	/** What was found and what is expected, in plain English. */
	message: string;
}

/** Formats problems, or warnings (reminders that do not stop a build), grouped by file, for the terminal. */
export function formatProblems(problems: readonly Problem[], kind: 'problem' | 'warning' = 'problem'): string {
	const byFile = new Map<string, Problem[]>();
	for (const problem of problems) byFile.set(problem.file, [...(byFile.get(problem.file) ?? []), problem]);
	const blocks = [...byFile.entries()].map(([file, list]) => {
		const lines = list.map((p) => `  - ${p.line ? `line ${p.line}: ` : ''}${p.field ? `${p.field}: ` : ''}${p.message}`);
		return `${file}\n${lines.join('\n')}`;
	});
	const count = problems.length;
	return `Found ${count} ${count === 1 ? kind : `${kind}s`} in ${byFile.size} ${byFile.size === 1 ? 'file' : 'files'}:\n\n${blocks.join('\n\n')}`;
}
