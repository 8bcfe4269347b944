#!/usr/bin/env node
/**
 * Starts a new Sharing Care site for a care co-operative:
 *
 *   npm create sharing-care@latest <folder>              asks for the co-op's name and web address
 *   npm create sharing-care@latest <folder> -- --yes     asks nothing: every placeholder is left to fill in
 *   ... --kit <npm spec>                                 installs the kit from elsewhere (default ^<this version>)
 *
 * Plain JavaScript with nothing but Node's own modules: it runs on the co-op's own Node (20 or newer), before
 * anything is installed. The site it writes brings its own Node 24 for everything after that.
 */
import { createInterface } from 'node:readline';
import { DEFAULT_KIT, folderProblem, nextSteps, readAddress, VERSION, writeSite } from '../lib/create-site.mjs';

const USAGE = `Usage: npm create sharing-care@latest <folder> [-- --yes] [--kit <npm spec>]

  <folder>          a new (or empty) folder for the site
  --yes             ask no questions: fill in the co-op's name and address in site.config.ts later
  --kit <spec>      where the site installs the kit from (default ${DEFAULT_KIT})`;

/** @param {string} message */
function fail(message) {
	console.error(`${message}\n\n${USAGE}`);
	process.exit(1);
}

const [major] = process.versions.node.split('.').map(Number);
if ((major ?? 0) < 20) fail(`This needs Node.js 20 or newer, and this is Node.js ${process.versions.node}. Install a newer one from https://nodejs.org/`);

/** @type {{ folder?: string, yes: boolean, kit: string }} */
const options = { yes: process.env.npm_config_yes === 'true', kit: DEFAULT_KIT };
const args = process.argv.slice(2);
for (let index = 0; index < args.length; index++) {
	const arg = args[index] ?? '';
	if (arg === '--help' || arg === '-h') {
		console.log(`create-sharing-care ${VERSION}\n\n${USAGE}`);
		process.exit(0);
	} else if (arg === '--yes' || arg === '-y') options.yes = true;
	else if (arg === '--kit') {
		const spec = args[++index];
		if (!spec) fail('--kit needs an npm spec after it, such as ^0.2.0 or file:./sharing-care-0.2.0.tgz');
		options.kit = spec ?? DEFAULT_KIT;
	} else if (arg.startsWith('--kit=')) options.kit = arg.slice('--kit='.length);
	else if (arg.startsWith('-')) fail(`Unknown option "${arg}".`);
	else if (options.folder === undefined) options.folder = arg;
	else fail(`Give one folder only (got "${options.folder}" and "${arg}").`);
}
if (!options.folder) fail('Give the name of a new folder for the site, such as:  npm create sharing-care@latest our-site');
const folder = options.folder ?? '';
const problem = folderProblem(folder);
if (problem) fail(problem);

/**
 * Questions on the terminal, one line each. Lines typed (or piped in) ahead of a question wait for it; once the
 * input ends, every question is answered with an empty line.
 */
function questions() {
	const terminal = createInterface({ input: process.stdin, output: process.stdout });
	/** @type {string[]} */
	const lines = [];
	/** @type {((line: string) => void) | undefined} */
	let waiting;
	let closed = false;
	terminal.on('line', (line) => {
		if (waiting) {
			const answer = waiting;
			waiting = undefined;
			answer(line);
		} else lines.push(line);
	});
	terminal.on('close', () => {
		closed = true;
		waiting?.('');
	});
	return {
		/** @param {string} question @returns {Promise<string>} */
		ask(question) {
			if (closed) {
				process.stdout.write(`${question}\n`);
				return Promise.resolve(lines.shift() ?? '');
			}
			terminal.setPrompt(question);
			terminal.prompt();
			if (lines.length) return Promise.resolve(lines.shift() ?? '');
			return new Promise((answer) => (waiting = answer));
		},
		close: () => {
			if (!closed) terminal.close();
		},
	};
}

/** @type {{ name?: string, url?: string }} */
const answers = {};
if (!options.yes) {
	const terminal = questions();
	console.log('A new Sharing Care site. Two questions (press Enter to skip one and fill it in later in site.config.ts):\n');
	answers.name = (await terminal.ask("Your co-op's full name: ")).trim() || undefined;
	for (let tries = 0; tries < 3; tries++) {
		const typed = (await terminal.ask('The web address the site will have, such as https://care.example.org: ')).trim();
		if (!typed) break;
		const address = readAddress(typed);
		if ('url' in address) {
			answers.url = address.url;
			break;
		}
		console.log(`  ${address.problem}`);
	}
	terminal.close();
	console.log('');
}

const files = writeSite(folder, { kit: options.kit, ...answers });
console.log(`✓ Made a new Sharing Care site in ${folder} (${files.length} files), with the kit sharing-care@${options.kit}.`);
if (answers.name || answers.url)
	console.log(`  site.config.ts has your ${[answers.name && 'name', answers.url && 'web address'].filter(Boolean).join(' and ')} filled in.`);
console.log(`\n${nextSteps(folder)}`);
