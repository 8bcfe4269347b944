/**
 * `npx sharing-care upgrade` on a whole small site written for kit 0.1 (test/fixtures/format-0.1: reference data as
 * maps keyed by id, and a blog post that refers to a topic, an author and a series), run as a co-op runs it: the
 * command line in a process of its own, in a copy of the site. Copies go under .build/ in the repository, where
 * node_modules (and so `sharing-care/config`, which the site's config imports) is reachable.
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
const COMMAND_LINE = fileURLToPath(new URL('../bin/sharing-care.mjs', import.meta.url));
const COPIES = fileURLToPath(new URL('../../../.build/upgrade-test/', import.meta.url));
const REFERENCE_DATA = ['topics', 'people', 'organisations', 'series', 'glossary'].map((name) => `content/${name}.yaml`);

/** A fresh copy of the fixture site in its own folder. */
function copySite(name: string): string {
	const dir = join(COPIES, name);
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(COPIES, { recursive: true });
	cpSync(FIXTURE, dir, { recursive: true });
	return dir;
}

/** Runs the kit's command line in `dir`, with this Node, and returns its exit code and output. */
function runCommand(dir: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
	const { status, stdout, stderr } = spawnSync(process.execPath, [COMMAND_LINE, ...args], { cwd: dir, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
	return { status, stdout, stderr };
}

/** Every file in a folder, by its path inside it, with its bytes. */
function readAll(dir: string): Map<string, Buffer> {
	const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
	return new Map(files.map((entry) => join(entry.parentPath, entry.name)).sort().map((path) => [relative(dir, path), readFileSync(path)]));
}

afterAll(() => rmSync(COPIES, { recursive: true, force: true }));

describe('npx sharing-care upgrade on a site written for kit 0.1', () => {
	it('rewrites each reference-data file as a list with the same items, and lists each file it changed', () => {
		const site = copySite('upgraded');
		const { status, stdout } = runCommand(site, 'upgrade');
		expect(status).toBe(0);
		expect(stdout).toContain('Rewrote 5 files into the current format:');
		for (const [file, count] of [['topics', 2], ['people', 2], ['organisations', 1], ['series', 1], ['glossary', 1]] as const) {
			expect(stdout).toContain(`  - content/${file}.yaml (${count} ${count === 1 ? 'item' : 'items'})`);
		}
		for (const file of REFERENCE_DATA) {
			const before = parse(readFileSync(join(FIXTURE, file), 'utf8')) as Record<string, unknown>;
			const after: unknown = parse(readFileSync(join(site, file), 'utf8'));
			expect(Array.isArray(after), file).toBe(true);
			const { items, problems } = keyItemsById(after);
			expect(problems, file).toEqual([]);
			expect(items, file).toEqual(before);
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
