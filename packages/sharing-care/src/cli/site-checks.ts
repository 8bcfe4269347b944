/**
 * The whole-site checks over a built site, in the order `sharing-care check-site` and `sharing-care test` run
 * them: links, HTML validity, privacy and page weight. Each prints its findings or its all-clear.
 */
import { linkCheck } from './check-links.ts';
import { htmlCheck } from './check-html.ts';
import { privacyCheck } from './check-privacy.ts';
import { weightCheck } from './check-page-weight.ts';
import { reportSiteCheck, type SiteCheck } from './run-site-check.ts';
import { runStep, type StepResult } from './run-steps.ts';

/** One whole-site check, ready to run over a built site. */
export interface WholeSiteCheck {
	name: string;
	/** Runs the check over the built site in `dist`, prints what it found, and says whether it passed. */
	run: (dist: string) => Promise<boolean>;
}

const wholeSite = <Finding>(check: SiteCheck<Finding>): WholeSiteCheck => ({ name: check.name, run: (dist) => reportSiteCheck(check, dist) });

export const WHOLE_SITE_CHECKS: readonly WholeSiteCheck[] = [wholeSite(linkCheck), wholeSite(htmlCheck), wholeSite(privacyCheck), wholeSite(weightCheck)];

/** Runs every whole-site check over `dist`, each as a timed step, all of them even after one fails. */
export async function runWholeSiteChecks(dist: string): Promise<StepResult[]> {
	const results: StepResult[] = [];
	for (const check of WHOLE_SITE_CHECKS) results.push(await runStep(check.name, () => check.run(dist)));
	return results;
}
