/**
 * `npx sharing-care upgrade` on whole small sites written for older kits, run as a co-op runs it: the command line in
 * a process of its own, in a copy of the site. test/fixtures/format-0.1 has reference data as maps keyed by id, and a
 * blog post that refers to a topic, an author and a series; test/fixtures/format-0.2 has reference data as lists and
 * a glossary whose terms do not say what their definitions are based on. A site may skip versions: the one for 0.1
 * is brought to the current format in one run. Copies go under .build/ in the repository, where node_modules (and so
 * `sharing-care/config`, which the site's config imports) is reachable.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { keyItemsById } from '../src/lib/entries/key-items-by-id.ts';
import { validateProject } from '../src/validation/validate-project.ts';

const FIXTURE = fileURLToPath(new URL('./fixtures/format-0.1/', import.meta.url));
const FIXTURE_0_2 = fileURLToPath(new URL('./fixtures/format-0.2/', import.meta.url));
const COMMAND_LINE = fileURLToPath(new URL('../bin/sharing-care.mjs', import.meta.url));
const COPIES = fileURLToPath(new URL('../../../.build/upgrade-test/', import.meta.url));
const REFERENCE_DATA = ['topics', 'people', 'organisations', 'series', 'glossary'].map((name) => `content/${name}.yaml`);

/** A fresh copy of a fixture site (the one for kit 0.1 unless another is given) in its own folder. */
function copySite(name: string, fixture: string = FIXTURE): string {
	const dir = join(COPIES, name);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(COPIES, { recursive: true });
	cpSync(fixture, dir, { recursive: true });
	return dir;
}

/** Runs the kit's command line in `dir`, with this Node, and returns its exit code and output. */
function runCommand(dir: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
	const { status, stdout, stderr } = spawnSync(process.execPath, [COMMAND_LINE, ...args], {
		cwd: dir,
		encoding: 'utf8',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	return { status, stdout, stderr };
}

/** Every file in a folder, by its path inside it, with its bytes. */
function readAll(dir: string): Map<string, Buffer> {
	const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
	return new Map(
		files
			.map((entry) => join(entry.parentPath, entry.name))
			.sort()
			.map((path) => [relative(dir, path), readFileSync(path)]),
	);
}

afterAll(() => rmSync(COPIES, { recursive: true, force: true }));

describe('npx sharing-care upgrade on a site written for kit 0.1', () => {
	it('rewrites each reference-data file as a list with the same items, then marks each glossary term as the site’s own wording, in one run', () => {
		const site = copySite('upgraded');
		const { status, stdout } = runCommand(site, 'upgrade');
		expect(status).toBe(0);
		expect(stdout).toContain('Rewrote 5 files into the current format:');
		for (const [file, count] of [
			['topics', 2],
			['people', 2],
			['organisations', 1],
			['series', 1],
			['glossary', 1],
		] as const) {
			expect(stdout).toContain(`  - content/${file}.yaml (${count} ${count === 1 ? 'item' : 'items'})`);
		}
		expect(stdout).toContain('Kit 0.3.0: Each glossary term says what its definition is based on');
		expect(stdout).toContain("  - content/glossary.yaml (1 term marked as the site's own wording)");
		for (const file of REFERENCE_DATA) {
			const before = parse(readFileSync(join(FIXTURE, file), 'utf8')) as Record<string, Record<string, unknown>>;
			const after: unknown = parse(readFileSync(join(site, file), 'utf8'));
			expect(Array.isArray(after), file).toBe(true);
			const { items, problems } = keyItemsById(after);
			expect(problems, file).toEqual([]);
			const expected =
				file === 'content/glossary.yaml' ? Object.fromEntries(Object.entries(before).map(([id, term]) => [id, { ...term, basis: 'own' }])) : before;
			expect(items, file).toEqual(expected);
			expect(Object.keys(items), file).toEqual(Object.keys(before));
		}
		expect(readFileSync(join(site, 'content/topics.yaml'), 'utf8')).toBe(
			[
				"# Topics that entries are filed under. Each id is the slug of the topic's name.",
				'- id: co-production',
				'  name: Co-production',
				'  description: Working as equal partners with the people who use and provide services.',
				'',
				'# Added for the spring letters.',
				'- id: membership-and-governance # the board asked for this one',
				'  name: Membership and governance',
				'  description: How the co-op involves its members and how it is run, including boards, meetings and decision making.',
				'',
			].join('\n'),
		);
	});

	it('leaves content that passes the content check', () => {
		const site = copySite('checked');
		expect(runCommand(site, 'upgrade').status).toBe(0);
		const { status, stdout, stderr } = runCommand(site, 'check');
		expect(status, stderr).toBe(0);
		expect(stdout).toContain('All content and the site config are valid');
	});

	it('changes nothing when run a second time, and says so', () => {
		const site = copySite('twice');
		expect(runCommand(site, 'upgrade').status).toBe(0);
		const before = readAll(site);
		const { status, stdout } = runCommand(site, 'upgrade');
		expect(status).toBe(0);
		expect(stdout).toBe('Your content is already in the current format: nothing to change.\n');
		expect(readAll(site)).toEqual(before);
	});

	it('lists what it would change in a dry run, and writes nothing', () => {
		const site = copySite('dry-run');
		const { status, stdout } = runCommand(site, 'upgrade', '--dry-run');
		expect(status).toBe(0);
		expect(stdout).toContain('A dry run: nothing was written. The upgrade would rewrite 5 files:');
		for (const file of REFERENCE_DATA) expect(stdout).toContain(`  - ${file} (`);
		expect(readAll(site)).toEqual(readAll(FIXTURE));
	});

	it('names a file it cannot read and leaves it as it was, still rewriting the others, and exits 1', () => {
		const site = copySite('broken');
		const broken = 'rhiannon-hale:\n  name: Rhiannon Hale\nrhiannon-hale:\n  name: Again\n';
		writeFileSync(join(site, 'content/people.yaml'), broken);
		const { status, stderr } = runCommand(site, 'upgrade');
		expect(status).toBe(1);
		expect(stderr).toContain('Could not upgrade 1 file, left as it was:\n  - content/people.yaml: This is not valid YAML (line 3): Map keys must be unique.');
		expect(stderr).toContain('Fix the files named above, then run  npx sharing-care upgrade  again.');
		expect(readFileSync(join(site, 'content/people.yaml'), 'utf8')).toBe(broken);
		expect(parse(readFileSync(join(site, 'content/topics.yaml'), 'utf8'))).toBeInstanceOf(Array);
	});

	it('says to run it from the site folder when there is no content folder', () => {
		const folder = join(COPIES, 'no-content');
		rmSync(folder, { recursive: true, force: true });
		mkdirSync(folder, { recursive: true });
		const { status, stderr } = runCommand(folder, 'upgrade');
		expect(status).toBe(1);
		expect(stderr).toContain("Run the upgrade in your site's folder");
	});
});

describe('npx sharing-care upgrade on a site written for kit 0.2', () => {
	it('marks each glossary term without a basis as the site’s own wording, under its definition, keeping the rest of the file as it was', () => {
		const site = copySite('upgraded-0.2', FIXTURE_0_2);
		const { status, stdout } = runCommand(site, 'upgrade');
		expect(status).toBe(0);
		expect(stdout).toBe(
			[
				'Rewrote 1 file into the current format:',
				'',
				"Kit 0.3.0: Each glossary term says what its definition is based on: a term without a basis is marked \"basis: own\", the site's own wording. Where a definition follows a public one (the CQC's, SCIE's, a law's), name it in its place (CONTENT.md).",
				"  - content/glossary.yaml (2 terms marked as the site's own wording)",
				'',
				'Look over the changes, then run  npm run check  to check the content.',
				'',
			].join('\n'),
		);
		const before = readFileSync(join(FIXTURE_0_2, 'content/glossary.yaml'), 'utf8');
		expect(readFileSync(join(site, 'content/glossary.yaml'), 'utf8')).toBe(
			before
				.replace('# agreed at the AGM\n', '# agreed at the AGM\n  basis: own\n')
				.replace('they have a say in how it is run."\n', 'they have a say in how it is run."\n  basis: own\n'),
		);
		// Everything else, key points written as plain lines included, is already in the current format.
		const unchanged = [...readAll(FIXTURE_0_2).keys()].filter((file) => file !== join('content', 'glossary.yaml'));
		const after = readAll(site);
		for (const file of unchanged) expect(after.get(file), file).toEqual(readAll(FIXTURE_0_2).get(file));
	});

	it('leaves content that passes the content check, and changes nothing when run a second time', () => {
		const site = copySite('checked-0.2', FIXTURE_0_2);
		expect(runCommand(site, 'upgrade').status).toBe(0);
		const { status, stdout, stderr } = runCommand(site, 'check');
		expect(status, stderr).toBe(0);
		expect(stdout).toContain('All content and the site config are valid');
		const before = readAll(site);
		expect(runCommand(site, 'upgrade').stdout).toBe('Your content is already in the current format: nothing to change.\n');
		expect(readAll(site)).toEqual(before);
	});

	it('lists what it would change in a dry run, and writes nothing', () => {
		const site = copySite('dry-run-0.2', FIXTURE_0_2);
		const { status, stdout } = runCommand(site, 'upgrade', '--dry-run');
		expect(status).toBe(0);
		expect(stdout).toContain('A dry run: nothing was written. The upgrade would rewrite 1 file:\n\nKit 0.3.0: ');
		expect(stdout).toContain("  - content/glossary.yaml (2 terms marked as the site's own wording)");
		expect(readAll(site)).toEqual(readAll(FIXTURE_0_2));
	});

	it('makes the content check name the glossary and say to run the upgrade, in place of an error for each term', async () => {
		expect(await validateProject(copySite('not-upgraded-0.2', FIXTURE_0_2))).toEqual([
			{
				file: 'content/glossary.yaml',
				message: expect.stringMatching(
					/^This file is written in the format used before version 0\.3\.0 of the kit, .* Run {2}npx sharing-care upgrade {2}in the site/,
				),
			},
		]);
		const { status, stderr } = runCommand(copySite('not-upgraded-0.2-cli', FIXTURE_0_2), 'check');
		expect(status).toBe(1);
		expect(stderr).toContain('content/glossary.yaml\n  - This file is written in the format used before version 0.3.0 of the kit');
		expect(stderr).not.toContain('basis');
	});
});

describe('the content check on a site written for kit 0.1', () => {
	it('names each file in the old format and says to run the upgrade, in place of errors item by item', async () => {
		const site = copySite('not-upgraded');
		const problems = await validateProject(site);
		expect(problems).toEqual(REFERENCE_DATA.map((file) => ({ file, message: expect.stringContaining('Run  npx sharing-care upgrade  in the site') })));
	});

	it('fails from the command line, naming the file and the upgrade command', () => {
		const { status, stderr } = runCommand(copySite('not-upgraded-cli'), 'check');
		expect(status).toBe(1);
		expect(stderr).toContain('content/topics.yaml\n  - This file is written in the format used before version 0.2.0 of the kit');
		expect(stderr).toContain('npx sharing-care upgrade');
		expect(stderr).not.toContain('must be a list');
	});
});
