import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveSiteConfig } from '../../sharing-care/src/config/resolve-site-config.ts';
import { SiteConfigSchema, type SiteConfigInput } from '../../sharing-care/src/config/schema.ts';
import { PLACEHOLDER_MARK as KIT_PLACEHOLDER_MARK } from '../../sharing-care/src/lib/text/has-placeholder.ts';
import { checkProject } from '../../sharing-care/src/validation/validate-project.ts';
import {
	DEFAULT_KIT,
	fillSiteConfig,
	folderProblem,
	listFiles,
	packageNameFor,
	PLACEHOLDER_MARK,
	readAddress,
	TEMPLATE_DIR,
	VERSION,
	writeSite,
} from '../lib/create-site.mjs';

const PACKAGE = resolve(import.meta.dirname, '..');
const ROOT = resolve(PACKAGE, '../..');
const BIN = join(PACKAGE, 'bin', 'create-sharing-care.mjs');
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const kit = readJson(join(ROOT, 'packages', 'sharing-care', 'package.json'));

/** Every file of a new site, and nothing else (.gitignore is _gitignore in the template). */
const SITE_FILES = [
	'.github/dependabot.yml',
	'.github/workflows/check.yml',
	'.github/workflows/deploy.yml',
	'.gitignore',
	'README.md',
	'astro.config.mjs',
	'content/audits/example-audit.md',
	'content/blog/example-blog-post.md',
	'content/minutes/example-board-minutes.md',
	'content/organisations.yaml',
	'content/people.yaml',
	'content/practice/example-practice-example.md',
	'content/reports/example-report.md',
	'content/series.yaml',
	'content/topics.yaml',
	'package.json',
	'public/favicon.svg',
	'public/logo.svg',
	'site.config.ts',
	'src/content.config.ts',
	'tsconfig.json',
];

/** What a co-op writes in place of each placeholder. */
const FILLED: Record<string, string> = {
	name: 'Riverside Care',
	shortName: 'Riverside',
	tagline: 'Shared learning.',
	introduction: "Hello. We're a care co-op.",
	url: 'https://riverside.example.org',
	footerText: 'Riverside Care Ltd.',
	logo: 'Riverside Care',
};

/** The field the check names for each placeholder: the logo's is its text alternative. */
const FIELDS = Object.keys(FILLED).map((key) => (key === 'logo' ? 'logo.alt' : key));

// Sites are written inside the repository, so their site.config.ts finds the kit (`sharing-care/config`) as a
// co-op's would in its node_modules.
const scratch = join(ROOT, '.build', `create-sharing-care-${process.pid}`);
const outside = mkdtempSync(join(tmpdir(), 'create-sharing-care-'));
afterAll(() => {
	rmSync(scratch, { recursive: true, force: true });
	rmSync(outside, { recursive: true, force: true });
});
let count = 0;
const newFolder = (name = 'site') => join(scratch, `${count++}`, name);

/** Loads a site.config.ts as the build would. */
async function loadConfig(file: string): Promise<SiteConfigInput> {
	return (await import(/* @vite-ignore */ `${pathToFileURL(file).href}?${count++}`)).default;
}

function configProblems(config: SiteConfigInput): string {
	try {
		resolveSiteConfig(config);
		return '';
	} catch (thrown) {
		return (thrown as Error).message;
	}
}

function runBin(args: string[], { cwd = outside, input = '' } = {}) {
	const result = spawnSync(process.execPath, [BIN, ...args], { cwd, input, encoding: 'utf8', env: { ...process.env, npm_config_yes: '' } });
	return { code: result.status ?? 1, stdout: result.stdout, stderr: result.stderr };
}

describe('the template', () => {
	const manifest = readJson(join(TEMPLATE_DIR, 'package.json'));

	it('asks for the kit this package belongs with, and the Astro and Node the kit needs', () => {
		expect(VERSION).toBe(kit.version);
		expect(DEFAULT_KIT).toBe(`^${kit.version}`);
		expect(manifest.dependencies).toEqual({ 'sharing-care': `^${kit.version}`, astro: kit.peerDependencies.astro });
		// Without its own Node 24, the site's scripts would run on whatever Node the co-op has (notes: kit-as-package-facts).
		expect(manifest.devDependencies).toEqual({ node: readJson(join(ROOT, 'package.json')).devDependencies.node });
		expect(manifest.devDependencies.node).toBe('24.21.0');
		expect(manifest.allowScripts).toEqual({ node: true, esbuild: true });
		expect(Object.keys(manifest.scripts).sort()).toEqual(['build', 'check', 'dev', 'new', 'preview', 'test', 'upgrade']);
		expect(manifest.scripts).toMatchObject({ dev: 'astro dev', build: 'sharing-care build', test: 'sharing-care test' });
	});

	it('uses the placeholder mark the kit refuses', () => {
		expect(PLACEHOLDER_MARK).toBe(KIT_PLACEHOLDER_MARK);
	});

	it('has a config the check refuses until every text a co-op must write is filled in, naming each field', async () => {
		const problems = configProblems(await loadConfig(join(TEMPLATE_DIR, 'site.config.ts')));
		for (const field of FIELDS) expect(problems).toContain(`  - ${field}: This still holds a ${PLACEHOLDER_MARK} placeholder`);
		expect(problems.match(/^ {2}- /gm)).toHaveLength(FIELDS.length);
	});

	it('shows each optional setting, commented out, with the schema’s default value', () => {
		const source = readFileSync(join(TEMPLATE_DIR, 'site.config.ts'), 'utf8');
		const { shape } = SiteConfigSchema;
		for (const [key, value] of Object.entries(shape.colours.parse(undefined))) expect(source).toContain(`\t\t// ${key}: '${value}',`);
		expect(source).toContain("\t// licence: { name: 'CC BY 4.0', href: 'https://creativecommons.org/licenses/by/4.0/' },");
		expect(shape.licence.parse(undefined)).toEqual({ name: 'CC BY 4.0', href: 'https://creativecommons.org/licenses/by/4.0/' });
		expect(source).toContain("\t// dateFormat: { day: 'numeric', month: 'long', year: 'numeric' },");
		expect(shape.dateFormat.parse(undefined)).toEqual({ day: 'numeric', month: 'long', year: 'numeric' });
		expect(source).toContain(`\t// accessibility: { prepared: '${shape.accessibility.parse(undefined).prepared}' },`);
		expect(source).toContain(`\tbasePath: '${shape.basePath.parse(undefined)}',`);
		expect(source).toContain(`\tlocale: '${shape.locale.parse(undefined)}',`);
		for (const [key, value] of Object.entries(shape.features.parse(undefined))) expect(source).toContain(`\t\t${key}: ${value},`);
	});

	it('shows the starter logo from public/, which the schema accepts, with its words still to write', () => {
		const source = readFileSync(join(TEMPLATE_DIR, 'site.config.ts'), 'utf8');
		expect(source).toMatch(/^\tlogo: \{ src: 'public\/logo\.svg', alt: ".*WRITE: .*" \},$/m);
		expect(existsSync(join(TEMPLATE_DIR, 'public', 'logo.svg'))).toBe(true);
		const filled = fillSiteConfig(source, { logo: 'Riverside Care Co-operative' });
		expect(filled).toContain("\tlogo: { src: 'public/logo.svg', alt: 'Riverside Care Co-operative' },");
		expect(SiteConfigSchema.shape.logo.safeParse({ src: 'public/logo.svg', alt: 'Riverside Care Co-operative' }).success).toBe(true);
	});

	it('holds nothing of the example co-op: none of its names, places, topics or glossary', () => {
		const names = ['people', 'organisations'].flatMap((file) =>
			(parseYaml(readFileSync(join(ROOT, 'content', `${file}.yaml`), 'utf8')) as { name?: string; shortName?: string }[]).flatMap((item) => [
				item.name,
				item.shortName,
			]),
		);
		const words = [
			...new Set([
				'Colne Valley',
				'CCCV',
				'valleycare',
				'Slaithwaite',
				'Kirklees',
				'Huddersfield',
				'Power to Change',
				...names.filter((name): name is string => Boolean(name)),
			]),
		];
		expect(words.length).toBeGreaterThan(10);
		const found = listFiles(TEMPLATE_DIR).flatMap((file) => {
			const text = readFileSync(join(TEMPLATE_DIR, file), 'utf8').toLowerCase();
			return words.filter((word) => text.includes(word.toLowerCase())).map((word) => `${file}: ${word}`);
		});
		expect(found).toEqual([]);
		expect(existsSync(join(TEMPLATE_DIR, 'content', 'glossary.yaml'))).toBe(false);
		expect(readFileSync(join(TEMPLATE_DIR, 'content', 'topics.yaml'), 'utf8')).not.toBe(readFileSync(join(ROOT, 'content', 'topics.yaml'), 'utf8'));
	});

	it('is what the package publishes, with the files npm would otherwise leave out kept under other names', () => {
		const packed = readJson(join(PACKAGE, 'package.json')).files as string[];
		expect(packed).toContain('template');
		expect(readdirSync(TEMPLATE_DIR)).not.toContain('.gitignore');
		expect(readdirSync(TEMPLATE_DIR)).not.toContain('node_modules');
	});
});

describe('the template’s GitHub files', () => {
	const yaml = (file: string) => parseYaml(readFileSync(join(TEMPLATE_DIR, '.github', file), 'utf8'));

	it('has Dependabot open one pull request a week, for the kit, Astro and Node only', () => {
		const { version, updates } = yaml('dependabot.yml');
		expect(version).toBe(2);
		expect(updates).toHaveLength(1);
		const [update] = updates;
		expect(update).toMatchObject({ 'package-ecosystem': 'npm', directory: '/', schedule: { interval: 'weekly' } });
		const allowed = update.allow.map((rule: { 'dependency-name': string }) => rule['dependency-name']).sort();
		expect(allowed).toEqual(['astro', 'node', 'sharing-care']);
		const groups = Object.values(update.groups) as { patterns: string[] }[];
		expect(groups).toHaveLength(1);
		expect([...groups[0]!.patterns].sort()).toEqual(allowed);
	});

	it('tests every pull request, and publishes the main branch on GitHub Pages', () => {
		const check = yaml('workflows/check.yml');
		expect(Object.keys(check.on)).toContain('pull_request');
		const runs = Object.values(check.jobs as Record<string, { steps: { run?: string }[] }>).flatMap((job) => job.steps.map((step) => step.run).filter(Boolean));
		// The content check first, writing each problem as an annotation on its file and line, then every test.
		expect(runs).toEqual(['npm install --no-audit --no-fund', 'npm run check -- --format github', 'npm test']);
		const deploy = yaml('workflows/deploy.yml');
		expect(deploy.on.push.branches).toEqual(['main']);
		expect(deploy.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
		const uses = Object.values(deploy.jobs as Record<string, { steps: { uses?: string; with?: Record<string, string> }[] }>).flatMap((job) => job.steps);
		expect(uses.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))?.with).toEqual({ path: 'dist' });
		expect(uses.some((step) => step.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
	});
});

describe('writeSite', () => {
	it('writes exactly the files of a new site, named for its folder, asking for the kit it is given', () => {
		const folder = newFolder('Hillside Care Site');
		const files = writeSite(folder, { kit: 'file:./sharing-care-9.9.9.tgz' });
		expect(files).toEqual(SITE_FILES);
		expect(listFiles(folder)).toEqual(SITE_FILES);
		const manifest = readJson(join(folder, 'package.json'));
		expect(manifest.name).toBe('hillside-care-site');
		expect(manifest.dependencies['sharing-care']).toBe('file:./sharing-care-9.9.9.tgz');
		expect(readFileSync(join(folder, '.gitignore'), 'utf8')).toMatch(/^node_modules\/$/m);
		expect(readFileSync(join(folder, 'site.config.ts'), 'utf8')).toBe(readFileSync(join(TEMPLATE_DIR, 'site.config.ts'), 'utf8'));
	});

	it('fills in the name and web address it is given, leaving the other placeholders', async () => {
		const folder = newFolder();
		writeSite(folder, { name: "St Anne's Care", url: 'https://stannes.example.org' });
		const source = readFileSync(join(folder, 'site.config.ts'), 'utf8');
		expect(source).toContain(`\tname: "St Anne's Care",`);
		expect(source).toContain("\turl: 'https://stannes.example.org',");
		expect(source).toContain(`\tlogo: { src: 'public/logo.svg', alt: "St Anne's Care" },`);
		const problems = configProblems(await loadConfig(join(folder, 'site.config.ts')));
		expect(problems).not.toContain('  - name:');
		expect(problems).not.toContain('  - url:');
		expect(problems).not.toContain('  - logo.alt:');
		expect(problems).toContain('  - tagline:');
	});

	it('refuses a folder with anything in it, and writes nothing there', () => {
		const folder = newFolder();
		mkdirSync(folder, { recursive: true });
		writeFileSync(join(folder, 'notes.txt'), 'ours');
		expect(folderProblem(folder)).toMatch(/already has files in it/);
		expect(() => writeSite(folder)).toThrow(/already has files in it/);
		expect(readdirSync(folder)).toEqual(['notes.txt']);
		const empty = newFolder();
		mkdirSync(empty, { recursive: true });
		expect(folderProblem(empty)).toBeUndefined();
		expect(folderProblem(join(empty, 'new'))).toBeUndefined();
	});

	it('makes a site the kit’s content check passes once its config is filled in', async () => {
		const folder = newFolder();
		writeSite(folder);
		const file = join(folder, 'site.config.ts');
		writeFileSync(file, fillSiteConfig(readFileSync(file, 'utf8'), FILLED));
		const { problems, warnings } = await checkProject(folder, {});
		expect(problems).toEqual([]);
		expect(warnings).toEqual([]);
		const config = resolveSiteConfig(await loadConfig(file));
		expect(config).toMatchObject({ name: FILLED.name, introduction: FILLED.introduction, favicon: '/favicon.svg' });
		expect(config.colours).toEqual(SiteConfigSchema.shape.colours.parse(undefined));
		expect(existsSync(join(folder, 'public', config.favicon))).toBe(true);
	});
});

describe('a new site’s npm test (sharing-care test)', () => {
	it('stops at the content check while placeholders are left, names each one, and skips the steps that need a build', () => {
		const folder = newFolder();
		writeSite(folder);
		const result = spawnSync(process.execPath, [join(ROOT, 'packages', 'sharing-care', 'bin', 'sharing-care.mjs'), 'test'], {
			cwd: folder,
			encoding: 'utf8',
			env: { ...process.env, NO_COLOR: '1' },
		});
		expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(1);
		for (const field of FIELDS) expect(result.stderr).toContain(`  - ${field}: This still holds a ${PLACEHOLDER_MARK} placeholder`);
		expect(result.stderr).toMatch(/✗ content check\s+\d+\.\d s/);
		for (const step of ['build', 'links', 'HTML', 'privacy', 'page weight', 'accessibility']) expect(result.stderr).toMatch(new RegExp(`– ${step}\\s+skipped`));
		expect(result.stderr).toContain('✗ 1 of 7 steps failed (content check)');
		expect(existsSync(join(folder, 'dist'))).toBe(false);
	});
});

describe('fillSiteConfig', () => {
	const template = readFileSync(join(TEMPLATE_DIR, 'site.config.ts'), 'utf8');

	it('writes text in the config’s style, quoting it safely', () => {
		expect(fillSiteConfig(template, { tagline: 'Plain words.' })).toContain("\ttagline: 'Plain words.',");
		expect(fillSiteConfig(template, { tagline: 'It\'s a "test" \\ here' })).toContain('\ttagline: "It\'s a \\"test\\" \\\\ here",');
	});

	it('fails on a field with no placeholder left, rather than doing nothing', () => {
		expect(() => fillSiteConfig(fillSiteConfig(template, { name: 'A' }), { name: 'B' })).toThrow('no placeholder for name');
		expect(() => fillSiteConfig(template, { basePath: '/x/' })).toThrow('no placeholder for basePath');
	});
});

describe('readAddress and packageNameFor', () => {
	it('reads a web address as people type it, without a folder', () => {
		expect(readAddress('care.example.org')).toEqual({ url: 'https://care.example.org' });
		expect(readAddress(' https://Care.Example.org/ ')).toEqual({ url: 'https://care.example.org' });
		expect(readAddress('http://care.example.org')).toEqual({ url: 'http://care.example.org' });
		expect(readAddress('https://care.example.org/blog/')).toMatchObject({ problem: expect.stringContaining('without a folder') });
		expect(readAddress('not an address')).toMatchObject({ problem: expect.stringContaining('is not a web address') });
		expect(readAddress('ftp://care.example.org')).toMatchObject({ problem: expect.stringContaining('is not a web address') });
	});

	it('names the package after the folder, as npm allows', () => {
		expect(packageNameFor('/tmp/Hillside Care')).toBe('hillside-care');
		expect(packageNameFor('our_site.v2')).toBe('our_site.v2');
		expect(packageNameFor('.hidden--site!')).toBe('hidden-site');
		expect(packageNameFor('???')).toBe('sharing-care-site');
	});
});

describe('npm create sharing-care (the bin)', () => {
	it('writes a site with --yes, asking nothing, and prints the next steps', () => {
		const result = runBin(['new-site', '--yes']);
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect(result.stdout).not.toContain('?');
		expect(result.stdout).toContain(`with the kit sharing-care@^${kit.version}`);
		for (const step of ['cd new-site', 'npm install', 'site.config.ts', 'npm run dev']) expect(result.stdout).toContain(step);
		expect(listFiles(join(outside, 'new-site'))).toEqual(SITE_FILES);
	});

	it('asks for the co-op’s name and web address, asks again for an address it cannot use, and fills them in', () => {
		const result = runBin(['asked', '--kit=file:./kit.tgz'], { input: 'Fellside Care Co-operative\nfellside.example.org/about\nfellside.example.org\n' });
		expect(result.code).toBe(0);
		expect(result.stdout).toContain("Your co-op's full name");
		expect(result.stdout).toContain('without a folder');
		const source = readFileSync(join(outside, 'asked', 'site.config.ts'), 'utf8');
		expect(source).toContain("\tname: 'Fellside Care Co-operative',");
		expect(source).toContain("\turl: 'https://fellside.example.org',");
		expect(readJson(join(outside, 'asked', 'package.json')).dependencies['sharing-care']).toBe('file:./kit.tgz');
	});

	it('leaves the placeholders when the questions are skipped or the input ends', () => {
		const result = runBin(['skipped'], { input: '' });
		expect(result.code).toBe(0);
		expect(readFileSync(join(outside, 'skipped', 'site.config.ts'), 'utf8')).toBe(readFileSync(join(TEMPLATE_DIR, 'site.config.ts'), 'utf8'));
	});

	it('refuses to run without a folder, or into a folder with files in it, saying how to use it', () => {
		const missing = runBin(['--yes']);
		expect(missing.code).toBe(1);
		expect(missing.stderr).toContain('Give the name of a new folder');
		expect(missing.stderr).toContain('Usage: npm create sharing-care@latest <folder>');
		mkdirSync(join(outside, 'taken'));
		writeFileSync(join(outside, 'taken', 'index.html'), '');
		const taken = runBin(['taken', '--yes']);
		expect(taken.code).toBe(1);
		expect(taken.stderr).toContain('already has files in it');
		expect(readdirSync(join(outside, 'taken'))).toEqual(['index.html']);
		expect(runBin(['x', '--colour']).stderr).toContain('Unknown option "--colour"');
	});
});
