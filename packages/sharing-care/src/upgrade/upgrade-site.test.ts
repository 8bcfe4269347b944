import { describe, expect, it } from 'vitest';
import type { ApplyOptions, Migration, MigrationResult } from './migration.ts';
import { formatUpgradeReport, hasFailures, upgradeSite } from './upgrade-site.ts';

/** A migration that touches no files: it reports `result`, and records each call's options in `calls`. */
function fakeMigration(id: string, result: MigrationResult, calls: ApplyOptions[] = []): Migration {
	return {
		id,
		version: '9.0.0',
		description: `The ${id} change.`,
		detect: () => result.changed.map(({ file }) => file),
		apply: (_root, options = {}) => {
			calls.push(options);
			return result;
		},
	};
}

const NOTHING: MigrationResult = { changed: [], failed: [] };

describe('upgradeSite', () => {
	it('applies every migration in order, passing on a dry run, and reports those that changed something', () => {
		const calls: ApplyOptions[] = [];
		const report = upgradeSite('/site', { dryRun: true }, [
			fakeMigration('first', { changed: [{ file: 'content/a.yaml', detail: '2 items' }], failed: [] }, calls),
			fakeMigration('second', NOTHING, calls),
		]);
		expect(calls).toEqual([{ dryRun: true }, { dryRun: true }]);
		expect(report.dryRun).toBe(true);
		expect(report.migrations.map(({ migration }) => migration.id)).toEqual(['first']);
		expect(hasFailures(report)).toBe(false);
	});

	it('stops at a migration that could not rewrite a file, as later ones may rely on its format', () => {
		const calls: ApplyOptions[] = [];
		const report = upgradeSite('/site', {}, [
			fakeMigration('first', { changed: [], failed: [{ file: 'content/a.yaml', message: 'Broken.' }] }, calls),
			fakeMigration('second', NOTHING, calls),
		]);
		expect(calls).toHaveLength(1);
		expect(hasFailures(report)).toBe(true);
	});
});

describe('formatUpgradeReport', () => {
	const migration = { id: 'lists', version: '0.2.0', description: 'Maps become lists.' };

	it('says when there is nothing to change', () => {
		expect(formatUpgradeReport({ migrations: [], dryRun: false })).toBe('Your content is already in the current format: nothing to change.');
	});

	it('lists each file it rewrote under the change of format, and says what to do next', () => {
		const changed = [
			{ file: 'content/topics.yaml', detail: '13 items' },
			{ file: 'content/series.yaml', detail: '1 item' },
		];
		expect(formatUpgradeReport({ migrations: [{ migration, changed, failed: [] }], dryRun: false })).toBe(
			[
				'Rewrote 2 files into the current format:',
				'',
				'Kit 0.2.0: Maps become lists.',
				'  - content/topics.yaml (13 items)',
				'  - content/series.yaml (1 item)',
				'',
				'Look over the changes, then run  npm run check  to check the content.',
			].join('\n'),
		);
	});

	it('counts a file that two changes of format rewrote once, and lists it under each', () => {
		const lists = {
			migration,
			changed: [
				{ file: 'content/glossary.yaml', detail: '1 item' },
				{ file: 'content/topics.yaml', detail: '2 items' },
			],
			failed: [],
		};
		const basis = {
			migration: { id: 'basis', version: '0.3.0', description: 'Terms get a basis.' },
			changed: [{ file: 'content/glossary.yaml', detail: '1 term' }],
			failed: [],
		};
		const text = formatUpgradeReport({ migrations: [lists, basis], dryRun: false });
		expect(text).toMatch(/^Rewrote 2 files into the current format:/);
		expect(text).toContain(
			'Kit 0.2.0: Maps become lists.\n  - content/glossary.yaml (1 item)\n  - content/topics.yaml (2 items)\n\nKit 0.3.0: Terms get a basis.\n  - content/glossary.yaml (1 term)',
		);
	});

	it('says a dry run wrote nothing, and how to make the changes', () => {
		const text = formatUpgradeReport({ migrations: [{ migration, changed: [{ file: 'content/topics.yaml', detail: '2 items' }], failed: [] }], dryRun: true });
		expect(text).toMatch(/^A dry run: nothing was written\. The upgrade would rewrite 1 file:/);
		expect(text).toMatch(/Run {2}npx sharing-care upgrade {2}to make these changes\.$/);
	});

	it('names each file it could not rewrite, with what to fix', () => {
		const failed = [{ file: 'content/people.yaml', message: 'This is not valid YAML (line 3).' }];
		const text = formatUpgradeReport({ migrations: [{ migration, changed: [{ file: 'content/topics.yaml', detail: '2 items' }], failed }], dryRun: false });
		expect(text).toContain('Rewrote 1 file into the current format:');
		expect(text).toContain('Could not upgrade 1 file, left as it was:\n  - content/people.yaml: This is not valid YAML (line 3).');
		expect(text).toMatch(/Fix the files named above, then run {2}npx sharing-care upgrade {2}again\.$/);
	});
});
