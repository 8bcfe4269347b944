import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../support/project-copy.ts';
import { runScript } from '../support/run-script.ts';

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
	'a cover image without alt text': { file: 'blog/cover-no-alt.md', source: valid.replace('topics:', 'cover:\n  src: ./photo.png\ntopics:') },
};

let dir: string;

beforeAll(() => {
	dir = copyProject('content-errors', { fixtures: false });
	// A real 1×1 PNG for the image cases, so only the missing alt text is wrong.
	writeFileSync(join(dir, 'content/blog/photo.png'), Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function withFile<T>(file: string, source: string, run: () => T): T {
	const path = join(dir, 'content', file);
	writeFileSync(path, source);
	try {
		return run();
	} finally {
		rmSync(path);
	}
}

describe('npm run check', () => {
	it('passes on the real content', () => {
		const result = runScript(dir, 'check');
		expect(result.output).toContain('All content and the site config are valid');
		expect(result.code).toBe(0);
	});

	for (const [mistake, { file, source }] of Object.entries(MISTAKES)) {
		it(`names the file and the field for ${mistake}`, () => {
			const result = withFile(file, source, () => runScript(dir, 'check'));
			expect(result.code).toBe(1);
			expect(result.stderr).toContain(`content/${file}`);
			expect(result.stderr).not.toMatch(/0:0|ZodError|"code":/);
			expect(result.stderr.trim()).toMatchSnapshot();
		});
	}

	it('reports every problem at once, across files', () => {
		const result = withFile(MISTAKES['an impossible date']!.file, MISTAKES['an impossible date']!.source, () =>
			withFile(MISTAKES['an unknown topic id']!.file, MISTAKES['an unknown topic id']!.source, () => runScript(dir, 'check')),
		);
		expect(result.stderr).toContain('Found 2 problems in 2 files');
	});

	it('refuses two entries with the same slug', () => {
		const result = withFile('blog/same-name.md', valid, () => withFile('blog/same-name.mdx', valid, () => runScript(dir, 'check')));
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('same name as content/blog/same-name.md');
	});
});

describe('a build with a mistake', () => {
	it('fails, names the file and the field, and leaves the previous dist byte-for-byte as it was', () => {
		const good = runScript(dir, 'build');
		expect(good.code).toBe(0);
		const dist = join(dir, 'dist');
		// The real content has no minutes: the minutes page explains how to publish the first set.
		const minutes = readFileSync(join(dist, 'minutes/index.html'), 'utf8');
		expect(minutes).toContain('No minutes published yet');
		expect(minutes).toContain('npm run new -- minutes');
		const snapshot = (folder: string) =>
			readdirSync(folder, { recursive: true, encoding: 'utf8' })
				.sort()
				.map((file) => [file, existsSync(join(folder, file)) && !file.includes('.') ? '' : readFileSync(join(folder, file)).toString('base64')]);
		const before = snapshot(dist);
		const bad = withFile(MISTAKES['an unknown topic id']!.file, MISTAKES['an unknown topic id']!.source, () => runScript(dir, 'build'));
		expect(bad.code).toBe(1);
		expect(bad.stderr).toContain('content/blog/unknown-topic.md');
		expect(bad.stderr).toContain('topics[1]: "coproduction-tips" is not a known topic');
		expect(bad.stderr).toContain('was left as it was');
		expect(snapshot(dist)).toEqual(before);
	});

	it('fails in Astro itself too, naming the file, when the checker is bypassed', () => {
		const astro = join(dir, 'node_modules/astro/bin/astro.mjs');
		const result = withFile(MISTAKES['an unknown topic id']!.file, MISTAKES['an unknown topic id']!.source, () =>
			spawnSync(process.execPath, [astro, 'build'], { cwd: dir, encoding: 'utf8', env: { ...process.env, SHARING_CARE_OUT_DIR: join(dir, '.build/astro-only'), ASTRO_TELEMETRY_DISABLED: '1' } }),
		);
		const output = `${result.stdout}\n${result.stderr}`;
		expect(result.status).not.toBe(0);
		expect(output).toContain('unknown-topic.md');
		expect(output).toContain('coproduction-tips');
	});

	it('also fails when a page throws, leaving dist as it was', () => {
		const page = join(dir, 'src/pages/broken.astro');
		mkdirSync(join(dir, 'src/pages'), { recursive: true });
		writeFileSync(page, '---\nthrow new Error("A page broke on purpose");\n---\n');
		try {
			const before = readFileSync(join(dir, 'dist/index.html'), 'utf8');
			const result = runScript(dir, 'build');
			expect(result.code).toBe(1);
			expect(readFileSync(join(dir, 'dist/index.html'), 'utf8')).toBe(before);
			expect(existsSync(join(dir, 'dist/broken'))).toBe(false);
		} finally {
			rmSync(page);
		}
	});
});
