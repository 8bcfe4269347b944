/**
 * Checks all content and the site config without building, and prints every problem at once, then any
 * warnings: reminders, such as guidance due for review, that do not stop the site being published.
 *
 *   npm run check
 *   npx sharing-care check --format github
 *
 * With `--format github` (in a GitHub Actions workflow: a site's check.yml), it also prints each problem as an
 * annotation, which GitHub shows on the file and line of a pull request's changes (warnings as warnings), and, when
 * GITHUB_STEP_SUMMARY names the job's summary file, adds the findings to the summary as a Markdown list.
 */
import { appendFileSync } from 'node:fs';
import { formatProblems } from '../lib/text/format-problems.ts';
import { checkProject } from '../validation/validate-project.ts';
import { reportToGithub } from './github-report.ts';

const FORMATS = ['text', 'github'] as const;
const USAGE = 'Usage: npm run check   (npx sharing-care check), or npx sharing-care check --format github in a GitHub Actions workflow';

/** The output format the arguments ask for: `--format github` or `--format=github`; text when none. */
function readFormat(args: readonly string[]): (typeof FORMATS)[number] {
	const [first, second, ...rest] = args;
	const value = first === '--format' ? second : first?.startsWith('--format=') ? first.slice('--format='.length) : undefined;
	const extra = first === '--format' ? rest : [second, ...rest].filter((arg) => arg !== undefined);
	if (first === undefined) return 'text';
	if (value === undefined || extra.length || !(FORMATS as readonly string[]).includes(value)) {
		console.error(`sharing-care check does not understand "${args.join(' ')}". The formats are ${FORMATS.join(' and ')}.\n\n${USAGE}`);
		process.exit(1);
	}
	return value as (typeof FORMATS)[number];
}

const format = readFormat(process.argv.slice(2));
const root = process.cwd();
const check = await checkProject(root);
const { problems, warnings } = check;
if (format === 'github') {
	const report = reportToGithub(root, check);
	for (const annotation of report.annotations) console.log(annotation);
	if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, report.summary);
}
if (problems.length) console.error(formatProblems(problems));
if (warnings.length) {
	console.log(`${problems.length ? '\n' : ''}${formatProblems(warnings, 'warning')}`);
	console.log('\nWarnings are reminders: they do not stop the site being published.');
}
if (problems.length) {
	console.error('\nNothing was published. Fix these, then run npm run check again.');
	process.exit(1);
}
console.log(`✓ All content and the site config are valid${warnings.length ? ' (see the warnings above)' : ''}.`);
