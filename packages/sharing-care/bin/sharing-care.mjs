#!/usr/bin/env node
/**
 * The kit's command line, run from a co-op's site folder (its package.json scripts call it):
 *
 *   sharing-care <command> [arguments]
 *
 * Each command is a script in src/cli/; `sharing-care help` lists them.
 */
import './register-types.mjs';
import { fileURLToPath } from 'node:url';

/** Every command, its script in src/cli/, and what it does, for `sharing-care help`. */
const COMMANDS = {
	build: ['build.ts', 'Checks all content, builds the site and indexes it for search, then replaces dist/. A failure leaves dist/ as it was.'],
	check: [
		'check.ts',
		'Checks the site config and every entry without building, and lists every problem with its file and field. With --format github, also as annotations on a pull request.',
	],
	new: ['new.ts', 'Starts a new draft entry: sharing-care new <type> "<title>".'],
	upgrade: ['upgrade.ts', 'Rewrites content written for an older version of the kit into the current format, and lists what it changed.'],
	test: ['test-site.ts', "The site's own tests: the content check, the build, and the whole-site checks over dist/."],
	'check-site': ['check-site.ts', 'Every whole-site check over dist/: links, HTML validity, privacy and page weight.'],
	'check-links': ['check-links.ts', 'Checks every link and asset reference in dist/.'],
	'check-html': ['check-html.ts', 'Validates the HTML of every page in dist/.'],
	'check-privacy': ['check-privacy.ts', 'Checks that no page in dist/ loads anything from another site.'],
	'check-weight': ['check-page-weight.ts', 'Checks what each page of dist/ weighs against its budget.'],
};

const [command, ...rest] = process.argv.slice(2);
const entry = command ? COMMANDS[command] : undefined;
if (!entry) {
	const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
	const list = Object.entries(COMMANDS)
		.map(([name, [, about]]) => `  ${name.padEnd(width)}  ${about}`)
		.join('\n');
	const known = command === undefined || command === 'help' || command === '--help';
	(known ? console.log : console.error)(`${known ? '' : `Unknown command "${command}".\n\n`}Usage: sharing-care <command> [arguments]\n\n${list}`);
	process.exit(known ? 0 : 1);
}
const script = fileURLToPath(new URL(`../src/cli/${entry[0]}`, import.meta.url));
// Each script reads its own arguments from process.argv, as when Node runs it directly.
process.argv = [process.argv[0], script, ...rest];
await import(script);
