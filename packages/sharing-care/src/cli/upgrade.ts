/**
 * Rewrites content written for an older version of the kit into the current format, and lists each file it
 * changed. Run it in the site's folder after taking a new version of the kit; running it again changes nothing.
 *
 *   npx sharing-care upgrade              (npm run upgrade)
 *   npx sharing-care upgrade --dry-run    lists what it would change, and writes nothing
 *
 * Exits 1, naming the file, when a file cannot be rewritten (such as YAML with a mistake in it): that file is
 * left exactly as it was.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_DIR } from '../config/paths.ts';
import { formatUpgradeReport, hasFailures, upgradeSite } from '../upgrade/upgrade-site.ts';

const args = process.argv.slice(2);
const unknown = args.filter((arg) => arg !== '--dry-run');
if (unknown.length) {
	console.error(`Unknown argument "${unknown[0]}".\n\nUsage: npx sharing-care upgrade [--dry-run]\n  --dry-run  lists what would change, and changes nothing`);
	process.exit(1);
}

const root = process.cwd();
if (!existsSync(join(root, CONTENT_DIR))) {
	console.error(`There is no ${CONTENT_DIR}/ folder in ${root}. Run the upgrade in your site's folder: the one with site.config.ts and ${CONTENT_DIR}/ in it.`);
	process.exit(1);
}

const report = upgradeSite(root, { dryRun: args.includes('--dry-run') });
const failed = hasFailures(report);
(failed ? console.error : console.log)(formatUpgradeReport(report));
if (failed) process.exit(1);
