import { MIGRATIONS } from '../upgrade/migrations.ts';
import type { Migration } from '../upgrade/migration.ts';
import type { Problem } from '../lib/text/format-problems.ts';

/**
 * The files still in a format from an older version of the kit, each as a problem that says to run the upgrade,
 * in place of the schema errors the old format would otherwise give item by item.
 */
export function findOutdatedContent(root: string, migrations: readonly Migration[] = MIGRATIONS): Problem[] {
	return migrations.flatMap((migration) =>
		migration.detect(root).map((file) => ({
			file,
			message: `This file is written in the format used before version ${migration.version} of the kit, which this version no longer reads. Run  npx sharing-care upgrade  in the site's folder to rewrite it in the current format (everything in it is kept), then check again.`,
		})),
	);
}
