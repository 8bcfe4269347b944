import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Whether the module with this `import.meta.url` is the script Node was started with (not imported by a test). */
export function isMainScript(moduleUrl: string): boolean {
	return moduleUrl === pathToFileURL(process.argv[1] ?? '').href;
}

/** The built site a command-line check reads: its first argument, or `dist/`. Exits 1 if there is none. */
export function builtSiteFromArguments(): string {
	const dist = resolve(process.argv[2] ?? 'dist');
	if (!existsSync(join(dist, 'index.html'))) {
		console.error(`No built site in ${dist}: run npm run build first.`);
		process.exit(1);
	}
	return dist;
}

export interface SiteCheck<Finding> {
	/** The check's name, for the summaries of `sharing-care check-site` and `sharing-care test`: `links`. */
	name: string;
	check: (dist: string) => Finding[] | Promise<Finding[]>;
	/** One line per finding. */
	format: (findings: Finding[]) => string;
	/** What the findings are, for the summary line: `broken or unreachable link`. */
	noun: string;
	/** The all-clear, given the site's folder. */
	allClear: (dist: string) => string;
}

/** Runs a whole-site check over a built site, prints every finding or the all-clear, and says whether it passed. */
export async function reportSiteCheck<Finding>({ check, format, noun, allClear }: SiteCheck<Finding>, dist: string): Promise<boolean> {
	const findings = await check(dist);
	if (findings.length) {
		console.error(`${format(findings)}\n\n✗ ${findings.length} ${noun}${findings.length === 1 ? '' : 's'} in ${dist}`);
		return false;
	}
	console.log(`✓ ${allClear(dist)}`);
	return true;
}

/**
 * Runs a whole-site check as a command: checks the built site named on the command line (or `dist/`),
 * prints every finding and exits 1, or prints the all-clear.
 */
export async function runSiteCheck<Finding>(siteCheck: SiteCheck<Finding>, dist = builtSiteFromArguments()): Promise<void> {
	if (!(await reportSiteCheck(siteCheck, dist))) process.exit(1);
}
