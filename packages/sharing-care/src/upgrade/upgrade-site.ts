import type { ApplyOptions, Migration, MigrationResult } from './migration.ts';
import { MIGRATIONS } from './migrations.ts';

/** What one migration did to a site. */
export interface MigrationReport extends MigrationResult {
	migration: Pick<Migration, 'id' | 'version' | 'description'>;
}

/** What upgrading a site did, migration by migration. */
export interface UpgradeReport {
	/** The migrations that were applied, in order, with what each changed or could not. */
	migrations: MigrationReport[];
	/** Whether it wrote nothing, only working out what it would change. */
	dryRun: boolean;
}

/**
 * Applies every migration to the site in `root`, oldest first. A migration that could not rewrite a file stops the
 * upgrade there, as later ones may rely on the format it leaves; running it again, once the file is fixed, carries on.
 * In a dry run each migration reads the site as it is, so one that relies on an earlier one may list too little.
 */
export function upgradeSite(root: string, options: ApplyOptions = {}, migrations: readonly Migration[] = MIGRATIONS): UpgradeReport {
	const reports: MigrationReport[] = [];
	for (const migration of migrations) {
		const { changed, failed } = migration.apply(root, options);
		const { id, version, description } = migration;
		if (changed.length || failed.length) reports.push({ migration: { id, version, description }, changed, failed });
		if (failed.length) break;
	}
	return { migrations: reports, dryRun: options.dryRun === true };
}

/** Whether an upgrade left any file it could not rewrite. */
export function hasFailures(report: UpgradeReport): boolean {
	return report.migrations.some((migration) => migration.failed.length > 0);
}

/** "1 file", "3 files". */
function countFiles(count: number): string {
	return `${count} ${count === 1 ? 'file' : 'files'}`;
}

/**
 * What an upgrade changed, or would change in a dry run, for the terminal, in plain words: each change of format
 * with the files it rewrote, then any file it could not rewrite, with what to do.
 */
export function formatUpgradeReport(report: UpgradeReport): string {
	const changed = report.migrations.flatMap((migration) => migration.changed);
	const failed = report.migrations.flatMap((migration) => migration.failed);
	if (!changed.length && !failed.length) return 'Your content is already in the current format: nothing to change.';
	const blocks: string[] = [];
	if (changed.length) {
		// A file two changes of format rewrote (a site several versions behind) is one file, listed under each.
		const files = countFiles(new Set(changed.map(({ file }) => file)).size);
		blocks.push(report.dryRun ? `A dry run: nothing was written. The upgrade would rewrite ${files}:` : `Rewrote ${files} into the current format:`);
		for (const { migration, changed: files } of report.migrations) {
			if (!files.length) continue;
			blocks.push([`Kit ${migration.version}: ${migration.description}`, ...files.map(({ file, detail }) => `  - ${file} (${detail})`)].join('\n'));
		}
	}
	if (failed.length) {
		blocks.push(
			[
				`Could not upgrade ${countFiles(failed.length)}, left as ${failed.length === 1 ? 'it was' : 'they were'}:`,
				...failed.map(({ file, message }) => `  - ${file}: ${message}`),
			].join('\n'),
		);
	}
	if (failed.length) blocks.push('Fix the files named above, then run  npx sharing-care upgrade  again.');
	else if (report.dryRun) blocks.push('Run  npx sharing-care upgrade  to make these changes.');
	else blocks.push('Look over the changes, then run  npm run check  to check the content.');
	return blocks.join('\n\n');
}
