import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportToGithub } from '../../packages/sharing-care/src/cli/github-report.ts';
import { checkProject } from '../../packages/sharing-care/src/validation/validate-project.ts';
import { writeCheckableSite } from '../support/fixture-site.ts';
import { PIXEL_PNG, withContentFile } from '../support/content-files.ts';
import { runScript } from '../support/run-script.ts';

/** The post content-errors.test.ts starts each mistake from: it passes every check. */
const valid = `---
title: A valid post
summary: A post that passes every check.
date: 2024-05-01
topics: [co-production]
draft: false
---

Body text.
`;

const FIX = 'title=Fix this before publishing';

/**
 * Five kinds of mistake the content check names (content-errors.test.ts has more), each with the annotation
 * `sharing-care check --format github` writes for it: on the file, on the line of the field where the file has it.
 */
const MISTAKES: Record<string, { file: string; source: string; annotations: string[] }> = {
	'a missing required field, on the whole file': {
		file: 'blog/no-title.md',
		source: valid.replace('title: A valid post\n', ''),
		annotations: [`::error file=content/blog/no-title.md,${FIX}::title: This is required but missing. Expected text.`],
	},
	'an unknown topic id, on the line of the list': {
		file: 'blog/unknown-topic.md',
		source: valid.replace('[co-production]', '[co-production, coproduction-tips]'),
		annotations: [
			`::error file=content/blog/unknown-topic.md,line=5,${FIX}::topics[1]: "coproduction-tips" is not a known topic (from content/topics.yaml). Add it there first, or check the spelling.`,
		],
	},
	'an impossible date': {
		file: 'blog/bad-date.md',
		source: valid.replace('2024-05-01', '2024-02-30'),
		annotations: [`::error file=content/blog/bad-date.md,line=4,${FIX}::date: "2024-02-30" is not a real date. Write dates as YYYY-MM-DD, for example 2022-06-30.`],
	},
	'a placeholder left in': {
		file: 'blog/placeholder.md',
		source: valid.replace('A post that passes every check.', '"WRITE: one sentence saying what the post is about."'),
		annotations: [`::error file=content/blog/placeholder.md,line=3,${FIX}::This line still has a WRITE placeholder. Replace it with the real text.`],
	},
	'an unknown glossary term': {
		file: 'blog/unknown-term.md',
		source: valid.replace('topics:', 'glossaryUnlinked: [no-such-term]\ntopics:'),
		annotations: [
			`::error file=content/blog/unknown-term.md,line=5,${FIX}::glossaryUnlinked[0]: "no-such-term" is not a known glossary term (from content/glossary.yaml). Add it there first, or check the spelling.`,
		],
	},
	'a YAML syntax error, on the line the check gives': {
		file: 'blog/bad-yaml.md',
		source: valid.replace('title: A valid post', 'title: "A valid post'),
		annotations: [`::error file=content/blog/bad-yaml.md,line=6,${FIX}::The frontmatter is not valid YAML: Missing closing "quote. Check for a missing colon, a stray quote or wrong indentation.`],
	},
	'a field of a decision in minutes, on its line in the list': {
		file: 'minutes/unknown-decision-topic.md',
		source: valid.replace('topics:', 'meeting: 2024-04-30\ndecisions:\n  - text: The board agreed the budget.\n    topics: [no-such-topic]\ntopics:'),
		annotations: [
			`::error file=content/minutes/unknown-decision-topic.md,line=8,${FIX}::decisions[0].topics[0]: "no-such-topic" is not a known topic (from content/topics.yaml). Add it there first, or check the spelling.`,
		],
	},
	'a missing field of a group, on the line of the group': {
		file: 'blog/cover-no-alt.md',
		source: valid.replace('topics:', 'cover:\n  src: ./photo.png\ntopics:'),
		annotations: [`::error file=content/blog/cover-no-alt.md,line=5,${FIX}::cover.alt: This is required but missing. Expected text.`],
	},
};

/** A site the checker can check in this process: the fixture site's config and content. */
let dir: string;

beforeAll(async () => {
	dir = await writeCheckableSite(`content-annotations-${process.pid}`);
	// A real 1×1 PNG for the cover, so only the missing alt text is wrong.
	writeFileSync(join(dir, 'content/blog/photo.png'), PIXEL_PNG);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `run` while this test's site holds `content/<file>` with `source`. */
const withFile = <T>(file: string, source: string, run: () => Promise<T> | T) => withContentFile(dir, file, source, run);

/** What `sharing-care check --format github` reports for the site, from the checker in this process. */
const report = async () => reportToGithub(dir, await checkProject(dir, {}));

describe('the content check’s annotations on a pull request', () => {
	it('has no error on the fixture site, only reminders', async () => {
		const { annotations } = await report();
		expect(annotations.filter((annotation) => !annotation.startsWith('::warning '))).toEqual([]);
	});

	for (const [mistake, { file, source, annotations }] of Object.entries(MISTAKES)) {
		it(`annotates ${mistake}`, async () => {
			const found = await withFile(file, source, report);
			expect(found.annotations.filter((annotation) => annotation.includes(`file=content/${file},`))).toEqual(annotations);
		});
	}

	it('lists the same problems on the run’s summary, under their files, in the words npm run check prints', async () => {
		const { file, source } = MISTAKES['an unknown topic id, on the line of the list']!;
		const { summary } = await withFile(file, source, report);
		expect(summary).toContain(
			'### Found 1 problem in 1 file\n\n`content/blog/unknown-topic.md`\n\n- line 5: topics\\[1\\]: "coproduction-tips" is not a known topic (from content/topics.yaml). Add it there first, or check the spelling.\n',
		);
		expect(summary).toContain('Warnings are reminders: they do not stop the site being published.');
	});

	it('from the command line: prints the annotations, writes the summary where GitHub says, and fails', async () => {
		const summaryDir = mkdtempSync(join(tmpdir(), 'sharing-care-summary-'));
		const summaryFile = join(summaryDir, 'summary.md');
		try {
			writeFileSync(summaryFile, '## An earlier step\n\n');
			const result = await withFile(MISTAKES['an impossible date']!.file, MISTAKES['an impossible date']!.source, () =>
				withFile(MISTAKES['a missing required field, on the whole file']!.file, MISTAKES['a missing required field, on the whole file']!.source, () =>
					runScript(dir, 'check', ['--format', 'github'], { GITHUB_STEP_SUMMARY: summaryFile }),
				),
			);
			expect(result.code).toBe(1);
			const lines = result.stdout.split('\n');
			expect(lines).toEqual(expect.arrayContaining([...MISTAKES['an impossible date']!.annotations, ...MISTAKES['a missing required field, on the whole file']!.annotations]));
			// The terminal's own list as well, for whoever reads the log.
			expect(result.stderr).toContain('Found 2 problems in 2 files:');
			const summary = readFileSync(summaryFile, 'utf8');
			expect(summary).toMatch(/^## An earlier step\n\n## The content check\n\n### Found 2 problems in 2 files\n/);
			expect(summary).toContain('- line 4: date: "2024-02-30" is not a real date.');
			expect(summary).toContain('- title: This is required but missing. Expected text.');
		} finally {
			rmSync(summaryDir, { recursive: true, force: true });
		}
	});

	it('from the command line: refuses a format it does not know', () => {
		const result = runScript(dir, 'check', ['--format', 'xml']);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('The formats are text and github.');
	});
});
