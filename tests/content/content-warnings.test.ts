import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import english from '../../packages/sharing-care/src/i18n/locales/en-GB.ts';
import { formatProblems } from '../../packages/sharing-care/src/lib/text/format-problems.ts';
import { checkProject } from '../../packages/sharing-care/src/validation/validate-project.ts';
import { copyFixtureSite, ROOT, writeCheckableSite } from '../support/fixture-site.ts';
import { runScript } from '../support/run-script.ts';

const day = (text: string) => new Date(`${text}T00:00:00Z`);
const PRACTICE = 'content/practice/open-doors-hillcrest.md';
const REPORT = 'content/reports/learning-report-2024.md';
const AUDIT = 'content/audits/community-audit-2023.md';
/** Key points in the frontmatter, each a plain line or its words with the sentence it cites: three to five of them. */
const KEY_POINTS = /^keyPoints:\n(?: {2}- .+\n(?: {4}\S.*\n)*){3,5}/m;
/** The key points of an entry, as written. */
const keyPointsOf = (path: string) => (parseYaml(/^---\n([\s\S]*?)\n---/.exec(readFileSync(path, 'utf8'))![1]!) as { keyPoints?: unknown[] }).keyPoints ?? [];

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

/** What `npm run check` prints as warnings about key points, from the checker run in this process. */
const keyPointWarnings = async () => formatProblems((await checkProject(dir, {}, day('2025-06-01'))).warnings.filter((warning) => warning.field?.startsWith('keyPoints')), 'warning');

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

	it('lets a key point use the stop words of the site’s own wording (content/strings.yaml), the ones its search leaves out', async () => {
		const strings = join(dir, 'content', 'strings.yaml');
		writeFileSync(strings, `search:\n  stopWords: ${english.search.stopWords} are easy\n`);
		try {
			const message = await withChange(
				REPORT,
				(source) => source.replace('  - Recruiting drivers remains the hardest part.\n', '  - Recruiting drivers remains the hardest part, and volunteers are easy to find.\n'),
				keyPointWarnings,
			);
			expect(message).toContain('keyPoints[3]: Uses a word the entry does not: "volunteers".');
		} finally {
			rmSync(strings);
		}
	});

	it('leaves a key point still holding a placeholder to the error about it', async () => {
		const { problems, warnings } = await withChange(REPORT, (source) => source.replace('  - Recruiting drivers remains the hardest part.\n', '  - "WRITE: a key point"\n'), () => checkProject(dir, {}, day('2025-06-01')));
		expect(formatProblems(problems)).toContain('WRITE placeholder');
		expect(warnings.filter((warning) => warning.field?.startsWith('keyPoints'))).toEqual([]);
	});

	it('finds every key point of the fixture site in its entry’s own words, and each sentence a key point cites in its entry', async () => {
		const { warnings } = await checkProject(dir, {}, day('2025-06-01'));
		expect(warnings.filter((warning) => warning.field?.startsWith('keyPoints'))).toEqual([]);
		// Three entries have them, so the check had something to check, and four of them cite their sentence.
		const withPoints = ['reports/learning-report-2024', 'audits/community-audit-2023', 'practice/open-doors-hillcrest'].filter((entry) =>
			KEY_POINTS.test(readFileSync(join(dir, 'content', `${entry}.md`), 'utf8')),
		);
		expect(withPoints).toHaveLength(3);
		const cited = [REPORT, AUDIT].flatMap((file) => keyPointsOf(join(dir, file))).filter((point) => typeof point === 'object' && point !== null && 'from' in point);
		expect(cited).toHaveLength(4);
	});

	it('names a key point whose words the entry does not use by its text, when it cites its sentence', async () => {
		const message = await withChange(
			AUDIT,
			(source) => source.replace('  - text: Small providers know the people they support by name.\n', '  - text: Small providers know the people they support by name, and their dogs.\n'),
			keyPointWarnings,
		);
		expect(message).toContain(`${AUDIT}\n  - keyPoints[0].text: Uses a word the entry does not: "dogs".`);
	});

	it('names a key point that cites words its entry does not have, by its from', async () => {
		const message = await withChange(
			REPORT,
			(source) => source.replace('    from: We grew from nine to fourteen care workers, all of them members\n', '    from: We grew from nine to fifteen care workers, all of them members\n'),
			keyPointWarnings,
		);
		expect(message).toMatchInlineSnapshot(`
			"Found 1 warning in 1 file:

			content/reports/learning-report-2024.md
			  - keyPoints[0].from: The entry's text does not have these words: "We grew from nine to fifteen care workers, all of them members". Copy the sentence the key point summarises (or the part of it that says so) exactly as the entry writes it, without its Markdown."
		`);
	});

	it('compares a cited sentence with the entry’s text as a reader sees it: Markdown, line breaks and kinds of quotation mark aside', async () => {
		const warnings = await withChange(
			REPORT,
			(source) => source.replace('We grew from nine to fourteen care workers, all of them members,', 'We grew from nine to *fourteen* care\nworkers, all of them [members](/topics/membership-and-governance/),'),
			keyPointWarnings,
		);
		expect(warnings).toBe('Found 0 warnings in 0 files:\n\n');
	});

	it('names a key point that leaves out a qualifier of the sentence it cites, by its text, quoting the qualifier', async () => {
		// The audit says co-production is easier "but only if" the provider keeps time for it: a key point without "only" claims more.
		const message = await withChange(
			AUDIT,
			(source) =>
				source.replace(
					'  - text: Co-production is easier for a small provider, but only if it keeps time for it in every week.\n',
					'  - text: Co-production is easier for a small provider if it keeps time for it in every week.\n',
				),
			keyPointWarnings,
		);
		expect(message).toMatchInlineSnapshot(`
			"Found 1 warning in 1 file:

			content/audits/community-audit-2023.md
			  - keyPoints[2].text: Leaves out "only", which the sentence it summarises says ("co-production is easier for a small provider, but only if the provider keeps…"), so it claims more than the entry does. Keep the qualifier in the key point, or cite a sentence that says what the key point says."
		`);
	});

	it('looks for the qualifiers of the site’s own wording (content/strings.yaml) when it gives them', async () => {
		const leaveOutOnly = (source: string) =>
			source.replace(
				'  - text: Co-production is easier for a small provider, but only if it keeps time for it in every week.\n',
				'  - text: Co-production is easier for a small provider if it keeps time for it in every week.\n',
			);
		const strings = join(dir, 'content', 'strings.yaml');
		writeFileSync(strings, 'entry:\n  keyPointQualifiers: purely, not yet, in part\n');
		try {
			expect(await withChange(AUDIT, leaveOutOnly, keyPointWarnings)).toBe('Found 0 warnings in 0 files:\n\n');
			writeFileSync(strings, 'entry:\n  keyPointQualifiers: easier, only\n');
			const message = await withChange(AUDIT, (source) => leaveOutOnly(source).replace('Co-production is easier for a small provider if', 'Co-production suits a small provider if'), keyPointWarnings);
			expect(message).toContain('keyPoints[2].text: Leaves out "easier", "only", which the sentence it summarises says');
		} finally {
			rmSync(strings);
		}
	});

	it('leaves a cited sentence still holding a placeholder to the error about it', async () => {
		const { problems, warnings } = await withChange(
			REPORT,
			(source) => source.replace('    from: We grew from nine to fourteen care workers, all of them members\n', '    from: "WRITE: the sentence it summarises"\n'),
			() => checkProject(dir, {}, day('2025-06-01')),
		);
		expect(formatProblems(problems)).toContain('WRITE placeholder');
		expect(warnings.filter((warning) => warning.field?.startsWith('keyPoints'))).toEqual([]);
	});
});

describe('the example content’s key points', () => {
	const GUIDANCE = ['reports/cccv-final-learning-report-2022.md', 'audits/community-audit-small-care-providers-2021.md', 'practice/new-belongings-cheshire-east.md'];

	it('say only what their entries say, and npm run check finds nothing wrong', async () => {
		const { problems, warnings } = await checkProject(ROOT, {});
		expect(problems).toEqual([]);
		expect(warnings.filter((warning) => warning.field?.startsWith('keyPoints'))).toEqual([]);
		for (const file of GUIDANCE) {
			expect(readFileSync(join(ROOT, 'content', file), 'utf8'), file).toMatch(KEY_POINTS);
		}
	});

	it('each cite the sentence of their entry they summarise, which the entry has, keeping its qualifiers', async () => {
		for (const file of GUIDANCE) {
			const points = keyPointsOf(join(ROOT, 'content', file));
			expect(points.length, file).toBeGreaterThanOrEqual(3);
			points.forEach((point, index) => expect(point, `${file}: keyPoints[${index}]`).toEqual({ text: expect.any(String), from: expect.any(String) }));
		}
		const keyPoints = (await checkProject(ROOT, {})).warnings.filter((warning) => warning.field?.startsWith('keyPoints'));
		expect(keyPoints, formatProblems(keyPoints, 'warning')).toEqual([]);
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
