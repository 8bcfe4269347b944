/**
 * The site's own tests, run in the site's folder: `npm test` (`sharing-care test`). In order:
 *
 * 1. the content check: the config and every entry, as `sharing-care check` checks them;
 * 2. the build, as `sharing-care build` builds it, into dist/ (a failed build leaves dist/ as it was);
 * 3. the whole-site checks over dist/: links, HTML validity, privacy and page weight (site-checks.ts);
 * 4. accessibility: axe-core's WCAG 2.2 A and AA rules on one page of each kind, in headless Chromium
 *    (check-accessibility.ts). Without a Chromium it says so, and how to get one, and skips this step.
 *
 * Prints each step's findings and time, then a summary, and exits 1 if any step failed. The steps over dist/ are
 * skipped when the build fails, and the build when the content check does (it would stop at the same problems).
 *
 *   npx sharing-care test
 *
 * Environment: CHROME_PATH names the Chromium (or Chrome) to use; SHARING_CARE_DIST moves the output folder.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblems } from '../lib/text/format-problems.ts';
import { checkProject } from '../validation/validate-project.ts';
import { checkAccessibility, formatAccessibilityFindings } from './check-accessibility.ts';
import { CHROMIUM_INSTALL, CHROMIUM_PATH } from './chromium.ts';
import { startNode } from './run-node.ts';
import { anyFailed, formatSummary, runStep, skipStep, type StepResult } from './run-steps.ts';
import { WHOLE_SITE_CHECKS } from './site-checks.ts';

const root = process.cwd();
const dist = resolve(root, process.env.SHARING_CARE_DIST ?? 'dist');
const BUILD_SCRIPT = fileURLToPath(new URL('./build.ts', import.meta.url));

if (process.argv.length > 2) {
	console.error(
		`sharing-care test takes no arguments (got "${process.argv.slice(2).join(' ')}").\n\nUsage: npm test   (npx sharing-care test), in the site's folder`,
	);
	process.exit(1);
}
if (!existsSync(join(root, 'site.config.ts'))) {
	console.error(`There is no site.config.ts in ${root}. Run npm test in your site's folder: the one with site.config.ts and content/ in it.`);
	process.exit(1);
}

const start = performance.now();
const results: StepResult[] = [];
console.log(`Testing the site in ${root}`);

const checked = await runStep('content check', async () => {
	const { problems, warnings } = await checkProject(root);
	if (problems.length) console.error(formatProblems(problems));
	if (warnings.length)
		console.log(`${problems.length ? '\n' : ''}${formatProblems(warnings, 'warning')}\n(Warnings are reminders: they do not stop the site being published.)`);
	if (!problems.length) console.log(`✓ All content and the site config are valid${warnings.length ? ' (see the warnings above)' : ''}.`);
	return { passed: problems.length === 0, ...(warnings.length ? { note: `${warnings.length} warning${warnings.length === 1 ? '' : 's'}` } : {}) };
});
results.push(checked);

const built =
	checked.outcome === 'passed'
		? await runStep('build', async () => (await startNode(BUILD_SCRIPT).exit) === 0)
		: skipStep('build', 'the content check failed: fix the problems it lists first.');
results.push(built);

const noBuild = 'there is no new build to check.';
for (const check of WHOLE_SITE_CHECKS) {
	results.push(built.outcome === 'passed' ? await runStep(check.name, () => check.run(dist)) : skipStep(check.name, noBuild));
}

if (built.outcome !== 'passed') {
	results.push(skipStep('accessibility', noBuild));
} else if (!existsSync(CHROMIUM_PATH)) {
	results.push(
		skipStep(
			'accessibility',
			`no Chromium at ${CHROMIUM_PATH}, so the accessibility check did not run. Install Chromium (on Debian or Ubuntu: ${CHROMIUM_INSTALL}) or Google Chrome, and if it is somewhere else, name it in CHROME_PATH, for example on a Mac: CHROME_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" npm test`,
			'no Chromium: see above for how to install it',
		),
	);
} else {
	results.push(
		await runStep('accessibility', async () => {
			const { pages, findings } = await checkAccessibility(dist);
			if (findings.length)
				console.error(
					`${formatAccessibilityFindings(findings)}\n\n✗ ${findings.length} accessibility problem${findings.length === 1 ? '' : 's'} (axe-core, WCAG 2.2 AA)`,
				);
			else console.log(`✓ ${pages.length} pages, one of each kind, pass axe-core's WCAG 2.2 A and AA rules: ${pages.map((page) => page.name).join(', ')}.`);
			return { passed: findings.length === 0, note: `${pages.length} pages` };
		}),
	);
}

const failed = anyFailed(results);
(failed ? console.error : console.log)(formatSummary(results, (performance.now() - start) / 1000));
if (failed) process.exit(1);
