/**
 * CI's proof that a fork works: in a temporary copy of the project with no `../shared` beside it, it does what a
 * new co-op does (README, FORKING.md) and checks that the site builds and every test passes:
 *
 *   npm run new-site -- --yes           make it a blank site of its own
 *   (fill in every WRITE placeholder of site.config.ts)
 *   npm run new -- blog "…"             start a post, then fill it in and set draft: false
 *   npm run build && npm test
 *
 *   node scripts/ci-fork-check.ts [--keep]
 *
 * The copy takes the project's files as git sees them (tracked, and new files not ignored) and hard-links
 * node_modules rather than installing again. It stops at the first step that fails, exits 1 and keeps the copy to
 * look at; otherwise it removes the copy, unless --keep is given.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const keep = process.argv.includes('--keep');

/** What the new co-op writes in place of each placeholder of site.config.ts. */
const CONFIG: Record<string, string> = {
	name: 'Fellside Care Co-operative',
	shortName: 'Fellside Care',
	tagline: 'What a new care co-op on the fells is learning.',
	introduction: 'Fellside Care Co-operative is owned by the people who give and receive care on the fells.',
	url: 'https://fellside.example.org',
	footerText: 'Fellside Care Co-operative Ltd, registered society number 54321.',
};

/** The post it writes. */
const POST = { title: 'Our first month as a care co-op', summary: 'What we learned in our first month.', body: 'We met every member in their own home, and we are writing down what they told us.' };

function fail(message: string): never {
	throw new Error(message);
}

function run(command: string, args: string[], cwd: string, options: SpawnSyncOptions = {}): void {
	console.log(`\n$ ${[command, ...args].join(' ')}`);
	const started = performance.now();
	const result = spawnSync(command, args, { cwd, stdio: 'inherit', ...options });
	if (result.status !== 0) fail(`${[command, ...args].join(' ')} exited with ${result.status ?? result.signal}.`);
	console.log(`  (${((performance.now() - started) / 1000).toFixed(0)} s)`);
}

/** A comment line in YAML or TypeScript, where the word WRITE only explains what to fill in. */
const COMMENT = /^\s*(#|\/\/|\/?\*)/;

/** Replaces every placeholder in the lines of a file that are not comments; fails if one is left. */
function fill(file: string, replace: (line: string) => string): void {
	const lines = readFileSync(file, 'utf8').split('\n').map((line) => (COMMENT.test(line) ? line : replace(line)));
	const left = lines.filter((line) => !COMMENT.test(line) && line.includes('WRITE'));
	if (left.length) fail(`placeholders left in ${file}:\n${left.join('\n')}`);
	writeFileSync(file, lines.join('\n'));
}

// A copy with no ../shared beside it, and the project's own node_modules hard-linked.
const fork = join(mkdtempSync(join(tmpdir(), 'sharing-care-fork-')), 'site');
if (existsSync(join(fork, '..', 'shared'))) fail(`${join(fork, '..', 'shared')} exists`);
const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
if (listed.status !== 0) fail(`git could not list the project's files: ${listed.stderr}`);
for (const file of listed.stdout.split('\0').filter(Boolean)) {
	const from = join(ROOT, file);
	if (!existsSync(from) || statSync(from).isDirectory()) continue;
	mkdirSync(dirname(join(fork, file)), { recursive: true });
	cpSync(from, join(fork, file));
}
run('cp', ['-al', join(ROOT, 'node_modules'), join(fork, 'node_modules')], ROOT);
// Caches written in place would be shared with the project through the links: the fork starts without them.
rmSync(join(fork, 'node_modules', '.vite'), { recursive: true, force: true });
console.log(`Copied the project to ${fork}`);

let passed = false;
try {
	run('npm', ['run', 'new-site', '--', '--yes'], fork);
	fill(join(fork, 'site.config.ts'), (line) => {
		const field = /^\t(\w+): .*WRITE/.exec(line)?.[1];
		if (!field) return line;
		if (!(field in CONFIG)) fail(`site.config.ts has a placeholder for ${field}, which this check does not fill in: add it to CONFIG`);
		return `\t${field}: ${JSON.stringify(CONFIG[field])},`;
	});
	run('npm', ['run', 'new', '--', 'blog', POST.title], fork);
	fill(join(fork, 'content', 'blog', 'our-first-month-as-a-care-co-op.md'), (line) =>
		line
			.replace(/^summary: .*WRITE.*$/, `summary: ${JSON.stringify(POST.summary)}`)
			.replace(/^WRITE: .*$/, POST.body)
			.replace(/^draft: true$/, 'draft: false'),
	);
	run('npm', ['run', 'check'], fork);
	run('npm', ['run', 'build'], fork);
	const home = readFileSync(join(fork, 'dist', 'index.html'), 'utf8');
	if (!home.includes(CONFIG.name!) || !existsSync(join(fork, 'dist', 'blog', 'our-first-month-as-a-care-co-op', 'index.html'))) fail('the built site does not show the fork’s name and post');
	run('npm', ['test'], fork);
	passed = true;
	console.log('\n✓ A fork with its own config and content builds, and every test passes.');
} catch (error) {
	console.error(`\n✗ The fork check failed: ${(error as Error).message}\n  The fork was kept in ${fork}`);
	process.exitCode = 1;
} finally {
	if (passed && !keep) rmSync(dirname(fork), { recursive: true, force: true });
	else if (passed) console.log(`Kept the fork in ${fork}`);
}
