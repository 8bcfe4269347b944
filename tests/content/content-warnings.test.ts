import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatProblems } from '../../packages/sharing-care/src/lib/text/format-problems.ts';
import { checkProject } from '../../packages/sharing-care/src/validation/validate-project.ts';
import { copyFixtureSite, ROOT, writeCheckableSite } from '../support/fixture-site.ts';
import { runScript } from '../support/run-script.ts';

const day = (text: string) => new Date(`${text}T00:00:00Z`);
const PRACTICE = 'content/practice/open-doors-hillcrest.md';
const REPORT = 'content/reports/learning-report-2024.md';

/** The fixture site's content and config, for the checker in this process. */
let dir: string;
beforeAll(async () => {
	dir = await writeCheckableSite(`content-warnings-${process.pid}`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `run` with one fixture file rewritten by `change`, then puts it back. */
async function withChange<T>(file: string, change: (source: string) => string, run: () => Promise<T>): Promise<T> {
	const path = join(dir, file);
	const source = readFileSync(path, 'utf8');
	const changed = change(source);
	expect(changed, `the change to ${file}`).not.toBe(source);
	writeFileSync(path, changed);
	try {
		return await run();
	} finally {
		writeFileSync(path, source);
	}
}

/** What `npm run check` prints as warnings on `today`, from the checker run in this process. */
const warningsOn = async (today: string) => formatProblems((await checkProject(dir, {}, day(today))).warnings, 'warning');

describe('the reminder to review guidance', () => {
	it('names each report, audit and practice example not reviewed for two years, and what to do, as a warning', async () => {
		const { problems, warnings } = await checkProject(dir, {}, day('2025-12-01'));
		expect(problems).toEqual([]);
		expect(formatProblems(warnings, 'warning')).toMatchInlineSnapshot(`
			"Found 2 warnings in 2 files:

			content/audits/community-audit-2023.md
			  - lastReviewed: Published on 2023-10-01 and not reviewed since, and guidance is due for review every 2 years. Read it through and check it is still right: correct anything out of date and note each correction under changes, then add lastReviewed: YYYY-MM-DD with the day you checked it.

			content/practice/open-doors-hillcrest.md
			  - lastReviewed: Published on 2019-01-01 and not reviewed since, and guidance is due for review every 2 years. Read it through and check it is still right: correct anything out of date and note each correction under changes, then add lastReviewed: YYYY-MM-DD with the day you checked it."
		`);
	});

	it('counts two years from the last review when there is one, and from publication when there is none', async () => {
		// The audit was published in October 2023; the report, published in 2024, was last reviewed on 6 October 2025.
		expect(await warningsOn('2025-09-30')).not.toContain('community-audit-2023');
		expect(await warningsOn('2025-10-01')).toContain('community-audit-2023');
		expect(await warningsOn('2027-10-05')).not.toContain('learning-report-2024');
		expect(await warningsOn('2027-10-06')).toMatch(/content\/reports\/learning-report-2024\.md\n {2}- lastReviewed: Last reviewed on 2025-10-06, and guidance is due for review every 2 years\. .* then set lastReviewed to the day you checked it\./);
	});

	it('stops once the guidance has been reviewed', async () => {
		const reviewed = await withChange(PRACTICE, (source) => source.replace('year: 2019\n', 'year: 2019\nlastReviewed: 2025-11-20\n'), () => warningsOn('2025-12-01'));
		expect(reviewed).not.toContain('open-doors-hillcrest');
	});

	it('leaves out drafts, blog posts and minutes, which are not guidance', async () => {
		const drafted = await withChange(PRACTICE, (source) => source.replace('featured: true\n', 'featured: true\ndraft: true\n'), () => warningsOn('2030-01-01'));
		expect(drafted).not.toContain('open-doors-hillcrest');
		expect(drafted).not.toMatch(/content\/(blog|minutes)\//);
	});
});

describe('the check of key points', () => {
	it('names a key point that uses words its entry does not, as a warning', async () => {
		const message = await withChange(
			REPORT,
			(source) => source.replace('  - Recruiting drivers remains the hardest part.\n', '  - Recruiting drivers remains the hardest part, and volunteers are easy to find.\n'),
			() => warningsOn('2025-06-01'),
		);
		expect(message).toMatchInlineSnapshot(`
			"Found 2 warnings in 2 files:

			content/reports/learning-report-2024.md
			  - keyPoints[3]: Uses words the entry does not: "volunteers", "easy". A key point must say only what the entry says: reword it in the entry's own words, or leave it out.

			content/practice/open-doors-hillcrest.md
			  - lastReviewed: Published on 2019-01-01 and not reviewed since, and guidance is due for review every 2 years. Read it through and check it is still right: correct anything out of date and note each correction under changes, then add lastReviewed: YYYY-MM-DD with the day you checked it."
		`);
	});

	it('leaves a key point still holding a placeholder to the error about it', async () => {
		const { problems, warnings } = await withChange(REPORT, (source) => source.replace('  - Recruiting drivers remains the hardest part.\n', '  - "WRITE: a key point"\n'), () => checkProject(dir, {}, day('2025-06-01')));
		expect(formatProblems(problems)).toContain('WRITE placeholder');
		expect(warnings.filter((warning) => warning.field?.startsWith('keyPoints'))).toEqual([]);
	});

	it('finds every key point of the fixture site in its entry’s own words', async () => {
		const { warnings } = await checkProject(dir, {}, day('2025-06-01'));
		expect(warnings.filter((warning) => warning.field?.startsWith('keyPoints'))).toEqual([]);
		// Three entries have them, so the check had something to check.
		const withPoints = ['reports/learning-report-2024', 'audits/community-audit-2023', 'practice/open-doors-hillcrest'].filter((entry) =>
			/^keyPoints:\n( {2}- .+\n){3,5}/m.test(readFileSync(join(dir, 'content', `${entry}.md`), 'utf8')),
		);
		expect(withPoints).toHaveLength(3);
	});
});

describe('the example content’s key points', () => {
	it('say only what their entries say, and npm run check finds nothing wrong', async () => {
		const { problems, warnings } = await checkProject(ROOT, {});
		expect(problems).toEqual([]);
		expect(warnings.filter((warning) => warning.field?.startsWith('keyPoints'))).toEqual([]);
		for (const file of ['reports/cccv-final-learning-report-2022.md', 'audits/community-audit-small-care-providers-2021.md', 'practice/new-belongings-cheshire-east.md']) {
			expect(readFileSync(join(ROOT, 'content', file), 'utf8'), file).toMatch(/^keyPoints:\n( {2}- .+\n){3,5}/m);
		}
	});
});

describe('npm run check', () => {
	let copy: string;
	beforeAll(async () => {
		copy = await copyFixtureSite(`check-warnings-${process.pid}`);
	});
	afterAll(() => rmSync(copy, { recursive: true, force: true }));

	it('prints warnings after saying the content is valid, and does not fail for them', () => {
		const result = runScript(copy, 'check');
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		// The practice example, published in 2019 and never reviewed, is overdue whenever the test runs.
		expect(result.stdout).toMatch(/^Found \d+ warnings? in \d+ files?:/);
		expect(result.stdout).toContain(`${PRACTICE}\n  - lastReviewed: Published on 2019-01-01 and not reviewed since`);
		expect(result.stdout).toContain('Warnings are reminders: they do not stop the site being published.');
		expect(result.stdout.trimEnd().endsWith('✓ All content and the site config are valid (see the warnings above).')).toBe(true);
	});
});
