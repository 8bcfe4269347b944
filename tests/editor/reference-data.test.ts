import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readKnownIds } from '../../packages/sharing-care/src/data/read-known-ids.ts';
import { validateProject } from '../../packages/sharing-care/src/validation/validate-project.ts';
import { writeCheckableSite } from '../support/fixture-site.ts';

/**
 * Reference data is a list of items, each with an id: the shape the web editor edits. The checker reads it
 * in-process here, on a copy of the project, and names the item and its line when the list is wrong.
 */
let dir: string;
let people: string;
const env = { SITE_URL: 'https://coop.example', BASE_PATH: '/' };

beforeAll(async () => {
	dir = await writeCheckableSite(`editor-reference-data-${process.pid}`);
	people = join(dir, 'content', 'people.yaml');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const problemsIn = async (file: string) => (await validateProject(dir, env)).filter((problem) => problem.file === file);

describe('reference data as a list', () => {
	it('is what the project’s own files hold, and the checker accepts them', async () => {
		expect(readFileSync(people, 'utf8')).toMatch(/^- id: jo-hartley$/m);
		expect(await validateProject(dir, env)).toEqual([]);
		expect(readKnownIds('people', dir).has('jo-hartley')).toBe(true);
	});

	it('names the line of an item without an id and of an id used twice', async () => {
		const original = readFileSync(people, 'utf8');
		writeFileSync(people, `${original}- name: Nobody\n- id: jo-hartley\n  name: Jo Hartley again\n`);
		const lines = original.split('\n').length;
		try {
			const problems = await problemsIn('content/people.yaml');
			expect(problems).toEqual([
				{ file: 'content/people.yaml', line: lines, message: expect.stringMatching(/^Item \d+ has no id/) },
				{ file: 'content/people.yaml', line: lines + 1, message: expect.stringContaining('"jo-hartley", which item') },
			]);
		} finally {
			writeFileSync(people, original);
		}
	});

	it('says to run the upgrade when a file is still a map of ids, the format before kit 0.2.0', async () => {
		const original = readFileSync(people, 'utf8');
		writeFileSync(people, 'jo-hartley:\n  name: Jo Hartley\n');
		try {
			const problems = await problemsIn('content/people.yaml');
			expect(problems).toEqual([{ file: 'content/people.yaml', message: expect.stringContaining('Run  npx sharing-care upgrade') }]);
		} finally {
			writeFileSync(people, original);
		}
	});
});
