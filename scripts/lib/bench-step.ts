/**
 * One measured step of the benchmark, run in its own process so its wall time and memory are its own:
 *
 *   node scripts/lib/bench-step.ts check          checks the content and config of the project in the working folder
 *   node scripts/lib/bench-step.ts index <site>   builds the Pagefind index of a built site (as `npm run build` does)
 *
 * Exits non-zero when the step fails.
 */
const [step, target] = process.argv.slice(2);

if (step === 'check') {
	const { validateProject } = await import('../../src/validation/validate-project.ts');
	const { formatProblems } = await import('../../src/validation/problem.ts');
	const problems = await validateProject(process.cwd());
	if (problems.length) {
		console.error(formatProblems(problems));
		process.exit(1);
	}
	console.log('content and config are valid');
} else if (step === 'index' && target) {
	const { indexSite } = await import('./index-site.ts');
	console.log(`indexed ${await indexSite(target)} pages`);
} else {
	console.error('Usage: node scripts/lib/bench-step.ts check | index <site folder>');
	process.exit(2);
}
