/**
 * The content check as a process of its own, started by the integration (content-check.ts): checks all content
 * and the site config, prints every problem (naming the file and the field) and exits 1 if there are any.
 */
import { formatProblems } from '../lib/text/format-problems.ts';
import { validateProject } from '../validation/validate-project.ts';

const problems = await validateProject(process.cwd());
if (problems.length) {
	console.error(formatProblems(problems));
	process.exitCode = 1;
}
