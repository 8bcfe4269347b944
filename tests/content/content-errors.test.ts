import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatProblems } from '../../packages/sharing-care/src/lib/text/format-problems.ts';
import { validateProject } from '../../packages/sharing-care/src/validation/validate-project.ts';
import { copyFixtureSite } from '../support/fixture-site.ts';
import { PIXEL_PNG, withContentFile } from '../support/content-files.ts';
import { runScript, type ScriptResult } from '../support/run-script.ts';

const valid = `---
title: A valid post
summary: A post that passes every check.
date: 2024-05-01
topics: [co-production]
---

Body text.
`;

/** One malformed entry per kind of mistake a board member might make, and the file it goes in. */
const MISTAKES: Record<string, { file: string; source: string }> = {
	'a missing required field': { file: 'blog/no-title.md', source: valid.replace('title: A valid post\n', '') },
	'an impossible date': { file: 'blog/bad-date.md', source: valid.replace('2024-05-01', '2024-02-30') },
	'a date in the wrong format': { file: 'blog/uk-date.md', source: valid.replace('2024-05-01', '01/05/2024') },
	'an unknown topic id': { file: 'blog/unknown-topic.md', source: valid.replace('[co-production]', '[co-production, coproduction-tips]') },
	'an unknown person id': { file: 'blog/unknown-author.md', source: valid.replace('topics:', 'authors: [jane-nobody]\ntopics:') },
	'a wrong type': { file: 'blog/wrong-type.md', source: valid.replace('topics:', 'draft: perhaps\ntopics:') },
	'a misspelt field name': { file: 'blog/misspelt.md', source: valid.replace('summary:', 'sumary:') },
	'a YAML syntax error': { file: 'blog/bad-yaml.md', source: valid.replace('title: A valid post', 'title: "A valid post') },
	'minutes without a meeting date': { file: 'minutes/no-meeting.md', source: valid },
	'an image without alt text': { file: 'blog/image-no-alt.md', source: `${valid}\n![](./photo.png)\n` },
	'an image written in HTML without alt text': { file: 'blog/html-image-no-alt.md', source: `${valid}\n<p>The office: <img src="./photo.png" width="1"></p>\n` },
	'a cover image without alt text': { file: 'blog/cover-no-alt.md', source: valid.replace('topics:', 'cover:\n  src: ./photo.png\ntopics:') },
};

/** A copy of the kit with the fixture site, for the checker in this process and for the failing builds. */
let dir: string;

beforeAll(async () => {
	dir = await copyFixtureSite(`content-errors-${process.pid}`);
	// A real 1×1 PNG for the image cases, so only the missing alt text is wrong.
	writeFileSync(join(dir, 'content/blog/photo.png'), PIXEL_PNG);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `run` while this test's site holds `content/<file>` with `source`. */
const withFile = <T>(file: string, source: string, run: () => Promise<T> | T) => withContentFile(dir, file, source, run);

/** What `npm run check` would print, from the checker run in this process. */
const check = async () => formatProblems(await validateProject(dir, {}));

describe('the content check', () => {
	it('passes on the fixture site', async () => {
		expect(await validateProject(dir, {})).toEqual([]);
	});

	for (const [mistake, { file, source }] of Object.entries(MISTAKES)) {
		it(`names the file and the field for ${mistake}`, async () => {
			const message = await withFile(file, source, check);
			expect(message).toContain(`content/${file}`);
			expect(message).not.toMatch(/0:0|ZodError|"code":/);
			expect(message).toMatchSnapshot();
		});
	}

	it('reports every problem at once, across files', async () => {
		const message = await withFile(MISTAKES['an impossible date']!.file, MISTAKES['an impossible date']!.source, () =>
			withFile(MISTAKES['an unknown topic id']!.file, MISTAKES['an unknown topic id']!.source, check),
		);
		expect(message).toMatch(/^Found 2 problems in 2 files:/);
	});

	it('refuses two entries with the same slug', async () => {
		const message = await withFile('blog/same-name.md', valid, () => withFile('blog/same-name.mdx', valid, check));
		expect(message).toContain('same name as content/blog/same-name.md');
	});
});

/** Every file of a folder with its bytes, to compare a folder before and after. */
function snapshotFolder(folder: string): [string, string][] {
	return readdirSync(folder, { recursive: true, encoding: 'utf8' })
		.sort()
		.map((file) => [file, existsSync(join(folder, file)) && !file.includes('.') ? '' : readFileSync(join(folder, file)).toString('base64')]);
}

/** A published site to leave alone: what a previous build left in dist/. */
function writePreviousDist(): string {
	const dist = join(dir, 'dist');
	rmSync(dist, { recursive: true, force: true });
	mkdirSync(join(dist, 'blog'), { recursive: true });
	writeFileSync(join(dist, 'index.html'), '<!DOCTYPE html><title>The site as it was</title>');
	writeFileSync(join(dist, 'blog', 'index.html'), '<!DOCTYPE html><title>The blog as it was</title>');
	return dist;
}

describe('a build with a mistake', () => {
	/** The published site the failing build must leave alone, as it was before, and what the build printed. */
	let dist: string;
	let before: [string, string][];
	let failed: ScriptResult;
	// One failing build for both tests below: `npm run build` runs `astro build` and prints what Astro printed.
	beforeAll(async () => {
		dist = writePreviousDist();
		before = snapshotFolder(dist);
		failed = await withFile(MISTAKES['an unknown topic id']!.file, MISTAKES['an unknown topic id']!.source, () => runScript(dir, 'build'));
	});

	it('fails, names the file and the field, and leaves the previous dist byte-for-byte as it was', () => {
		expect(failed.code).toBe(1);
		const message = failed.stderr.slice(failed.stderr.indexOf('Found '), failed.stderr.indexOf('was left as it was') + 'was left as it was'.length);
		expect(message.replaceAll(dir, '<project>')).toMatchSnapshot();
		expect(message).toContain('content/blog/unknown-topic.md');
		expect(message).toContain('topics[1]: "coproduction-tips" is not a known topic');
		expect(snapshotFolder(dist)).toEqual(before);
	});

	it('fails in astro build itself, with only the check’s message naming the file and field', () => {
		// What Astro printed, before the build command's own last words, which it writes only when astro build failed.
		const end = failed.stderr.indexOf('✗ Build failed. Fix the problems above');
		expect(end).toBeGreaterThan(-1);
		const astro = `${failed.stdout}\n${failed.stderr.slice(0, end)}`;
		expect(astro).toContain('content/blog/unknown-topic.md\n  - topics[1]: "coproduction-tips" is not a known topic');
		expect(astro).toContain('nothing was built');
		expect(astro).not.toContain('InvalidContentEntryDataError');
	});

	it('also fails when a page throws, leaving dist as it was', () => {
		const dist = writePreviousDist();
		const before = snapshotFolder(dist);
		// A page of the site's own, next to the kit's: Astro still builds a site's src/pages.
		const page = join(dir, 'src/pages/broken.astro');
		mkdirSync(dirname(page), { recursive: true });
		writeFileSync(page, '---\nthrow new Error("A page broke on purpose");\n---\n');
		try {
			const result = runScript(dir, 'build');
			expect(result.code).toBe(1);
			expect(result.output).toContain('A page broke on purpose');
			expect(snapshotFolder(dist)).toEqual(before);
		} finally {
			rmSync(page);
		}
	});
});
