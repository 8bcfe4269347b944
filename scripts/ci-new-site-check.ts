/**
 * CI's proof that a new co-op's site works: it does what a new co-op does (the template's README) in a folder
 * outside this repository, with the kit installed from its packed tarball, and checks that the site builds and
 * passes its own tests:
 *
 *   npm run create-site -- <folder> --yes     the kit packed, and the site written by the create package
 *   (fill in every WRITE placeholder of site.config.ts, and write a blog post of its own)
 *   npm install && npm run check -- --format github && npm run build && npm test
 *
 *   node scripts/ci-new-site-check.ts [--keep]
 *
 * It also checks what the two packages would publish, that the kit is installed as a copy (not a link into this
 * repository), that the site holds exactly the files a new site should, and that nothing of the example co-op
 * (its names, places and organisations) is in the site's files or in its built pages. It prints each step with its
 * time, stops at the first that fails, exits 1 and keeps the site to look at; otherwise it removes it, unless
 * --keep is given.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse as parseYaml } from 'yaml';
import { fillSiteConfig, listFiles, PLACEHOLDER_MARK } from '../packages/create-sharing-care/lib/create-site.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const KIT_DIR = join(ROOT, 'packages', 'sharing-care');
const CREATE_DIR = join(ROOT, 'packages', 'create-sharing-care');
const KIT_VERSION: string = JSON.parse(readFileSync(join(KIT_DIR, 'package.json'), 'utf8')).version;
const TARBALL = `sharing-care-${KIT_VERSION}.tgz`;
const keep = process.argv.includes('--keep');

/** What the new co-op writes in place of each placeholder of site.config.ts. */
const CONFIG: Record<string, string> = {
	name: 'Fellside Care Co-operative',
	shortName: 'Fellside Care',
	tagline: 'What a new care co-op on the fells is learning.',
	introduction: 'Fellside Care Co-operative is owned by the people who give and receive care on the fells.',
	url: 'https://fellside.example.org',
	footerText: 'Fellside Care Co-operative Ltd, registered society number 54321.',
	logo: 'Fellside Care Co-operative',
};

/** The post it writes: published, dated yesterday, so it is in the past wherever the clock is. */
const POST = {
	file: 'content/blog/our-first-month-as-a-care-co-op.md',
	page: 'blog/our-first-month-as-a-care-co-op/index.html',
	title: 'Our first month as a care co-op',
	date: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
};

/** The files a new site holds (besides node_modules, dist, caches, the lock file and the local tarball), as patterns. */
const SITE_FILES = [
	/^package\.json$/,
	/^astro\.config\.mjs$/,
	/^tsconfig\.json$/,
	/^site\.config\.ts$/,
	/^src\/content\.config\.ts$/,
	/^content\/.+/,
	/^public\/.+/,
	/^README\.md$/,
	/^\.gitignore$/,
	/^\.github\/.+/,
];
/** What the site's tools write, which a co-op does not commit (.gitignore) or which this check adds. */
const NOT_THE_SITE = new Set(['node_modules', 'dist', '.astro', '.build', 'package-lock.json', TARBALL]);

/**
 * Words of the example co-op that a new site must not hold, with its people's and organisations' names. (Not the
 * organisations' short names: the kit's own hint for that field gives "SCIE", a national body, as its example.)
 */
function exampleWords(): string[] {
	const names = ['people', 'organisations'].flatMap((file) =>
		(parseYaml(readFileSync(join(ROOT, 'content', `${file}.yaml`), 'utf8')) as { name?: string }[]).map((item) => item.name),
	);
	return [...new Set(['Colne Valley', 'CCCV', 'valleycare', 'Slaithwaite', 'Power to Change', 'Kirklees', 'Huddersfield', ...names])].filter(
		(word): word is string => Boolean(word),
	);
}

function fail(message: string): never {
	throw new Error(message);
}

const timings: { step: string; seconds: number }[] = [];

/** Runs one step, printing its name and time. */
async function step<T>(name: string, run: () => T | Promise<T>): Promise<T> {
	console.log(`\n━━ ${name}`);
	const started = performance.now();
	const result = await run();
	const seconds = (performance.now() - started) / 1000;
	timings.push({ step: name, seconds });
	console.log(`   ${name}: ${seconds.toFixed(1)} s`);
	return result;
}

/**
 * The environment of a co-op's own terminal: none of npm's variables from the command that started this check
 * (such as npm_config_local_prefix, which names this repository), and no node_modules/.bin on the PATH.
 */
function cleanEnv(): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = { ASTRO_TELEMETRY_DISABLED: '1' };
	for (const [key, value] of Object.entries(process.env)) if (!/^(npm_|INIT_CWD$|NODE$)/i.test(key)) env[key] = value;
	env.PATH = (process.env.PATH ?? '')
		.split(delimiter)
		.filter((dir) => dir && !dir.includes('node_modules') && !resolve(dir).startsWith(ROOT))
		.join(delimiter);
	return env;
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): void {
	console.log(`$ ${[command, ...args].join(' ')}   (in ${cwd})`);
	const result = spawnSync(command, args, { cwd, stdio: 'inherit', env });
	if (result.status !== 0) fail(`${[command, ...args].join(' ')} exited with ${result.status ?? result.signal}.`);
}

/** The files in a gzipped tarball (npm pack's), with their sizes. */
function readTarball(file: string): { path: string; size: number }[] {
	const tar = gunzipSync(readFileSync(file));
	const entries: { path: string; size: number }[] = [];
	for (let offset = 0; offset + 512 <= tar.length;) {
		const header = tar.subarray(offset, offset + 512);
		const name = header.subarray(0, 100).toString('utf8').replace(/\0.*$/s, '');
		if (!name) break;
		const prefix = header.subarray(345, 500).toString('utf8').replace(/\0.*$/s, '');
		const size = parseInt(header.subarray(124, 136).toString('utf8').replace(/\0.*$/s, '').trim() || '0', 8);
		const type = String.fromCharCode(header[156] ?? 0);
		if (type === '0' || type === '\0') entries.push({ path: prefix ? `${prefix}/${name}` : name, size });
		offset += 512 + Math.ceil(size / 512) * 512;
	}
	return entries;
}

/** Files a published package must not carry: tests, snapshots, fixtures. */
const NOT_PUBLISHED = /(\.test\.ts$|(^|\/)__snapshots__\/|(^|\/)fixtures?\/|(^|\/)test\/)/;

/** What `npm pack --dry-run` would publish from a package folder. */
function dryRunFiles(dir: string): string[] {
	const result = spawnSync('npm', ['pack', '--dry-run', '--json'], { cwd: dir, encoding: 'utf8' });
	if (result.status !== 0) fail(`npm pack --dry-run failed in ${dir}:\n${result.stderr}`);
	return (JSON.parse(result.stdout) as { files: { path: string }[] }[])[0]!.files.map((file) => file.path).sort();
}

/** The site's own files: everything but what its tools write. */
function siteFiles(site: string): string[] {
	return readdirSync(site, { recursive: true, encoding: 'utf8' })
		.map((file) => file.split('\\').join('/'))
		.filter((file) => !NOT_THE_SITE.has(file.split('/')[0]!) && !/^\.[^/]*-staging-/.test(file) && statSync(join(site, file)).isFile())
		.sort();
}

/** The text files of a built site, to search for words. */
const TEXT = /\.(html|xml|json|js|mjs|css|txt|svg|webmanifest|yml)$|(^|\/)_headers$/;

/** Every place one of `words` occurs in `files` (relative to `dir`). */
function findWords(dir: string, files: string[], words: string[]): string[] {
	return files.flatMap((file) => {
		const text = readFileSync(join(dir, file), 'utf8');
		return words.filter((word) => text.includes(word)).map((word) => `${file}: "${word}"`);
	});
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

const work = mkdtempSync(join(tmpdir(), 'sharing-care-new-site-'));
const site = join(work, 'fellside-care');
let passed = false;
const report: string[] = [];
try {
	if (resolve(site).startsWith(`${ROOT}/`)) fail(`${site} is inside ${ROOT}`);
	if (existsSync(join(work, 'shared')) || existsSync(join(dirname(work), 'shared'))) fail(`a shared folder is beside ${site}`);

	await step('what the two packages publish (npm pack --dry-run)', () => {
		const kit = dryRunFiles(KIT_DIR);
		const wrong = kit.filter((file) => NOT_PUBLISHED.test(file));
		if (wrong.length) fail(`the kit's tarball would hold tests, snapshots or fixtures:\n  ${wrong.join('\n  ')}`);
		const create = dryRunFiles(CREATE_DIR);
		const template = listFiles(join(CREATE_DIR, 'template')).map((file) => `template/${file}`);
		const missing = template.filter((file) => !create.includes(file));
		if (missing.length) fail(`create-sharing-care's tarball would leave out template files:\n  ${missing.join('\n  ')}`);
		const extra = create.filter((file) => NOT_PUBLISHED.test(file));
		if (extra.length) fail(`create-sharing-care's tarball would hold its tests:\n  ${extra.join('\n  ')}`);
		console.log(
			`sharing-care: ${kit.length} files, none of them tests, snapshots or fixtures. create-sharing-care: ${create.length} files, the whole template among them.`,
		);
	});

	await step('npm run create-site -- <folder> --yes', () => {
		run('npm', ['run', 'create-site', '--', site, '--yes'], ROOT);
		const tarball = join(site, TARBALL);
		if (!existsSync(tarball)) fail(`create-site left no ${TARBALL} in the site`);
		const entries = readTarball(tarball);
		const unpacked = entries.reduce((sum, entry) => sum + entry.size, 0);
		const tests = entries.filter((entry) => NOT_PUBLISHED.test(entry.path.replace(/^package\//, '')));
		if (tests.length) fail(`the kit's tarball holds tests, snapshots or fixtures:\n  ${tests.map((entry) => entry.path).join('\n  ')}`);
		report.push(`Kit tarball ${TARBALL}: ${kb(statSync(tarball).size)} packed, ${kb(unpacked)} unpacked, ${entries.length} files.`);
		console.log(report.at(-1));
	});

	await step('fill in site.config.ts and write a blog post', () => {
		const file = join(site, 'site.config.ts');
		const source = readFileSync(file, 'utf8');
		const comment = /^\s*(#|\/\/|\/?\*)/;
		const fields = source
			.split('\n')
			.filter((line) => !comment.test(line) && line.includes(PLACEHOLDER_MARK))
			.map((line) => /^\t(\w+): /.exec(line)?.[1] ?? fail(`a placeholder outside a top-level field: ${line}`));
		const unknown = fields.filter((field) => !(field in CONFIG));
		if (unknown.length) fail(`site.config.ts has placeholders for ${unknown.join(', ')}, which this check does not fill in: add them to CONFIG`);
		const filled = fillSiteConfig(source, Object.fromEntries(fields.map((field) => [field, CONFIG[field]!])));
		const left = filled.split('\n').filter((line) => !comment.test(line) && line.includes(PLACEHOLDER_MARK));
		if (left.length) fail(`placeholders left in site.config.ts:\n${left.join('\n')}`);
		writeFileSync(file, filled);
		writeFileSync(
			join(site, POST.file),
			`---
title: ${POST.title}
summary: What we learned in our first month, from meeting every member at home.
date: ${POST.date}
topics: [co-production, membership-and-governance]
category: experience
draft: false
---

We met every member in their own home in our first month, and we are writing down what they told us.

## What we heard

Members want to choose who visits them, and when. We are changing our rota so that they can.
`,
		);
		console.log(`Filled in ${fields.join(', ')}; wrote ${POST.file}, dated ${POST.date}.`);
	});

	const env = cleanEnv();
	await step('npm install', () => run('npm', ['install', '--no-audit', '--no-fund'], site, env));

	await step('the kit is installed from its tarball, as a copy', () => {
		const installed = join(site, 'node_modules', 'sharing-care');
		const stat = lstatSync(installed);
		if (stat.isSymbolicLink() || !stat.isDirectory()) fail(`node_modules/sharing-care is ${stat.isSymbolicLink() ? 'a link' : 'not a folder'}`);
		const version = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')).version;
		if (version !== KIT_VERSION) fail(`node_modules/sharing-care is version ${version}, not the kit's ${KIT_VERSION}`);
		const unpacked = listFiles(installed).filter((file) => !file.startsWith('node_modules/'));
		const tests = unpacked.filter((file) => NOT_PUBLISHED.test(file));
		if (tests.length) fail(`the installed kit holds tests:\n  ${tests.join('\n  ')}`);
		console.log(`node_modules/sharing-care is a folder holding sharing-care ${version} (${unpacked.length} files).`);
	});

	await step('npm run check -- --format github, as the site’s pull-request check runs it', () => {
		// The job summary in a file of its own, as GitHub Actions gives one (GITHUB_STEP_SUMMARY), outside the site.
		const summary = join(mkdtempSync(join(tmpdir(), 'sharing-care-summary-')), 'summary.md');
		run('npm', ['run', 'check', '--', '--format', 'github'], site, { ...env, GITHUB_STEP_SUMMARY: summary });
		const written = existsSync(summary) ? readFileSync(summary, 'utf8') : '';
		if (!written.includes('All content and the site config are valid')) fail(`the job summary does not say that the content is valid:\n${written}`);
		rmSync(dirname(summary), { recursive: true, force: true });
	});

	await step('npm run build', () => {
		run('npm', ['run', 'build'], site, env);
		const home = readFileSync(join(site, 'dist', 'index.html'), 'utf8');
		if (!home.includes(CONFIG.name!)) fail('the built home page does not show the co-op’s name');
		if (!existsSync(join(site, 'dist', POST.page))) fail(`the built site has no page for the post (${POST.page})`);
	});

	await step('npm test', () => run('npm', ['test'], site, env));

	await step('the site holds exactly the files of a new site', () => {
		const files = siteFiles(site);
		console.log(files.map((file) => `  ${file}`).join('\n'));
		const unexpected = files.filter((file) => !SITE_FILES.some((pattern) => pattern.test(file)));
		if (unexpected.length) fail(`files a new site should not have:\n  ${unexpected.join('\n  ')}`);
		const absent = SITE_FILES.filter((pattern) => !files.some((file) => pattern.test(file)));
		if (absent.length) fail(`files a new site should have are missing: ${absent.join(', ')}`);
		report.push(`The site's own files (${files.length}): ${files.join(', ')}`);
	});

	await step('nothing of the example co-op, in the site or its built pages', () => {
		const words = exampleWords();
		const found = [
			...findWords(site, siteFiles(site), words),
			...findWords(
				join(site, 'dist'),
				listFiles(join(site, 'dist')).filter((file) => TEXT.test(file)),
				words,
			).map((place) => `dist/${place}`),
		];
		if (found.length) fail(`words of the example co-op:\n  ${found.join('\n  ')}`);
		console.log(`None of ${words.length} words of the example co-op (${words.slice(0, 6).join(', ')}…) in the site's files or in dist/.`);
	});

	passed = true;
	console.log('\n✓ A new site, made from the packed kit outside this repository, builds and passes its own tests.');
} catch (error) {
	console.error(`\n✗ The new-site check failed: ${(error as Error).message}\n  The site was kept in ${site}`);
	process.exitCode = 1;
} finally {
	console.log(`\nSteps:\n${timings.map(({ step: name, seconds }) => `  ${seconds.toFixed(1).padStart(6)} s  ${name}`).join('\n')}`);
	if (report.length) console.log(`\n${report.join('\n')}`);
	if (passed && !keep) rmSync(work, { recursive: true, force: true });
	else if (passed) console.log(`Kept the site in ${site}`);
}
