/**
 * Every whole-site check over a built site, one after another: links, HTML validity, privacy and page weight
 * (site-checks.ts). Prints each check's findings and time, then a summary, and exits 1 if any check failed.
 *
 *   npx sharing-care check-site              (checks dist/)
 *   npx sharing-care check-site path/to/dist
 */
import { builtSiteFromArguments } from './run-site-check.ts';
import { anyFailed, formatSummary } from './run-steps.ts';
import { runWholeSiteChecks } from './site-checks.ts';

const start = performance.now();
const results = await runWholeSiteChecks(builtSiteFromArguments());
const failed = anyFailed(results);
(failed ? console.error : console.log)(formatSummary(results, (performance.now() - start) / 1000));
if (failed) process.exit(1);
