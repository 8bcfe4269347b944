import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTRY_COLLECTIONS } from '../../packages/sharing-care/src/collections/index.ts';
import { formatProblems } from '../../packages/sharing-care/src/lib/text/format-problems.ts';
import { validateProject } from '../../packages/sharing-care/src/validation/validate-project.ts';
import { copyFixtureSite } from '../support/fixture-site.ts';
import { runScript } from '../support/run-script.ts';

/** What a board member would type in place of each placeholder. */
const FILL: [RegExp, string][] = [
	[/"WRITE: a one-sentence summary"/, '"What we decided about the spring budget."'],
	[/WRITE-organisation-id/g, 'millbrook-care-co-operative'],
	[/WRITE-funder-id/, 'northfield-community-trust'],
	[/WRITE-start-date/, '2024-01-01'],
	[/WRITE-end-date/, '2024-03-31'],
	[/WRITE-person-id/, 'amir-shah'],
	[/WRITE-year/, '2024'],
	[/WRITE: [^"\n]*/g, 'Real words written by the board.'],
];

let dir: string;
beforeAll(async () => {
	dir = await copyFixtureSite(`new-entry-${process.pid}`);
});

/** What `npm run check` would print about the copy, from the checker run in this process: empty when all is well. */
const check = async () => {
	const problems = await validateProject(dir, {});
	return problems.length ? formatProblems(problems) : '';
};
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run new', () => {
	it('explains how to use it when the type is unknown', () => {
		const result = runScript(dir, 'new', ['newsletters', 'Spring news']);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain(`<type> is one of: ${ENTRY_COLLECTIONS.join(', ')}`);
	});

	for (const collection of ENTRY_COLLECTIONS) {
		it(`creates a ${collection} draft that check flags until the placeholders are filled, then passes`, async () => {
			const created = runScript(dir, 'new', [collection, 'Board meeting, 12 March 2025']);
			expect(created.code).toBe(0);
			const file = join(dir, 'content', collection, 'board-meeting-12-march-2025.md');
			expect(created.stdout).toContain(`Created content/${collection}/board-meeting-12-march-2025.md as a draft`);
			expect(created.stdout).toContain('npm run dev');
			const source = readFileSync(file, 'utf8');
			expect(source).toContain('draft: true');
			const today = new Date().toISOString().slice(0, 10);
			// Minutes are dated by their meeting: they are published on its day unless given a date of their own.
			if (collection === 'minutes') {
				expect(source).toContain(`meeting: ${today}`);
				expect(source).not.toMatch(/^(date|summary):/m);
			} else expect(source).toContain(`date: ${today}`);

			const unfilled = await check();
			expect(unfilled).toContain(`content/${collection}/board-meeting-12-march-2025.md`);
			expect(unfilled).toContain('WRITE placeholder');

			writeFileSync(
				file,
				FILL.reduce((text, [pattern, value]) => text.replace(pattern, value), source),
			);
			expect(await check()).toBe('');
			rmSync(file);
		});
	}

	it('will not overwrite an entry that exists', () => {
		runScript(dir, 'new', ['blog', 'Our AGM']);
		const again = runScript(dir, 'new', ['blog', 'Our AGM']);
		expect(again.code).toBe(1);
		expect(again.stderr).toContain('content/blog/our-agm.md already exists');
	});
});
