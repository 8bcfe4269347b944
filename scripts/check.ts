/**
 * Checks all content and the site config without building, and prints every problem at once.
 *
 *   npm run check
 */
import { formatProblems } from '../src/validation/problem.ts';
import { validateProject } from '../src/validation/validate-project.ts';

const problems = await validateProject(process.cwd());
if (problems.length) {
	console.error(formatProblems(problems));
	console.error('\nNothing was published. Fix these, then run npm run check again.');
	process.exit(1);
}
console.log('✓ All content and the site config are valid.');
