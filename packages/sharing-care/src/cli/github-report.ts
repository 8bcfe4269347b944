import { formatAnnotation } from '../lib/text/format-annotation.ts';
import { formatProblemSummary } from '../lib/text/format-problem-summary.ts';
import { locateProblems } from '../validation/locate-problems.ts';
import type { ProjectCheck } from '../validation/validate-project.ts';

/** What `sharing-care check --format github` gives GitHub Actions: an annotation per finding, and the run's summary. */
export interface GithubReport {
	/** One workflow command a line (`::error …`, `::warning …`), for the job's log, which GitHub turns into annotations. */
	annotations: string[];
	/** Markdown for the job's summary page (`$GITHUB_STEP_SUMMARY`). */
	summary: string;
}

/**
 * The content check's findings for GitHub Actions, each on the line of its field where the check did not say
 * (src/validation/locate-problems.ts): problems as errors, warnings as warnings, and the same as a Markdown summary.
 */
export function reportToGithub(root: string, check: ProjectCheck): GithubReport {
	const problems = locateProblems(root, check.problems);
	const warnings = locateProblems(root, check.warnings);
	return {
		annotations: [...problems.map((problem) => formatAnnotation(problem)), ...warnings.map((warning) => formatAnnotation(warning, 'warning'))],
		summary: formatProblemSummary({ problems, warnings }),
	};
}
