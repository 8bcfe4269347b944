/**
 * Checks all content and the site config without building, and prints every problem at once, then any
 * warnings: reminders, such as guidance due for review, that do not stop the site being published.
 *
 *   npm run check
 */
import { formatProblems } from '../lib/text/format-problems.ts';
import { checkProject } from '../validation/validate-project.ts';

const { problems, warnings } = await checkProject(process.cwd());
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
